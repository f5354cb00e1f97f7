import { Body, Controller, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { AccountsService } from './accounts.service';

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('sign-up')
  signUp(@Body() dto: { email: string; password: string; companyName: string; openCompany: boolean }) {
    return this.accounts.signUp(dto);
  }

  @Post('join') // expect: authn/unauthenticated-mutation
  join(@Body() dto: { email: string; password: string; companyId: string }) {
    return this.accounts.join(dto);
  }

  @UseGuards(JwtAuthGuard)
  @Patch('companies/:id')
  rename(@Param('id') id: string, @Body('name') name: string) {
    return this.accounts.rename(id, name);
  }
}
