import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { AccountService } from './account.service';
import { Public } from './public.decorator';

@Controller('account')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  // a code mailed to the address owner: public before sign-in by nature
  @Public()
  @Post('forgot-password')
  @HttpCode(200)
  forgot(@Body('email') email: string) {
    return this.accounts.forgotPassword(email);
  }

  @Public()
  @Post('resend-welcome')
  @HttpCode(200)
  resend(@Body('email') email: string) {
    return this.accounts.resendWelcome(email);
  }

  // anyone may rename any account by its address: no code, no session
  @Public()
  @Post('rename') // expect: authn/unauthenticated-mutation
  @HttpCode(200)
  rename(@Body('email') email: string, @Body('nickname') nickname: string) {
    return this.accounts.rename(email, nickname);
  }

  @Post('nickname')
  nickname(@Body('email') email: string, @Body('nickname') nickname: string) {
    return this.accounts.rename(email, nickname);
  }
}
