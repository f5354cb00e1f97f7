import { Body, Controller, Post } from '@nestjs/common';
import { AccountsService } from './accounts.service';

class LinkDto { subject!: string; email?: string; verified!: boolean }
class RegisterDto { email!: string }

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('link')
  link(@Body() dto: LinkDto) {
    return this.accounts.linkLogin(dto.subject, dto.email, dto.verified);
  }

  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.accounts.register(dto.email);
  }
}
