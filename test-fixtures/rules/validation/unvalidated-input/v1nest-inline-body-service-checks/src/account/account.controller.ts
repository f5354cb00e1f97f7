import { Body, Controller, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { AccountService } from './account.service';

@Controller('account')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  // an inline type checks nothing, but the service rejects a weak new secret and only compares the old one
  @Post('secret')
  @HttpCode(204)
  async rotate(@Req() req: { user: { id: string } }, @Body() input: { current: string; next: string }) {
    await this.accounts.rotateSecret(req.user.id, input.current, input.next);
  }

  // the label goes into the record as sent
  @Patch('label')
  async relabel(@Req() req: { user: { id: string } }, @Body() input: { label: string }) { // expect: validation/unvalidated-input[warning]
    return this.accounts.rename(req.user.id, input.label);
  }
}
