import { Body, Controller, Delete, Param, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { AccountsService } from './accounts.service';

export class SignUpDto {
  email!: string;
  password!: string;
  isAdmin?: boolean;
}

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  // the emailed token is verified by the service
  @Post('verify-email')
  verifyEmail(@Body('token') token: string) {
    return this.accounts.confirmEmail(token);
  }

  @Post('login')
  login(@Body() dto: SignUpDto) {
    return this.accounts.login(dto.email, dto.password);
  }

  // the DTO's isAdmin flag goes straight into the new row
  @Post() // expect: authn/unauthenticated-mutation[error]
  signUp(@Body() dto: SignUpDto) {
    return this.accounts.create(dto);
  }

  @Post('archive') // expect: authn/unauthenticated-mutation[warning]
  archive(@Body('ids') ids: string[]) {
    return this.accounts.archive(ids);
  }

  @UseGuards(JwtAuthGuard)
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.accounts.remove(id);
  }
}
