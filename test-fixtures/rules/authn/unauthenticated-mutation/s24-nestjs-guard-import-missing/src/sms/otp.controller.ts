import { Body, Controller, Post, UseGuards } from '@nestjs/common';
// the guard file is not in this tree (a path typo or a file left out of the commit): what it checks is unknown
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { OtpService } from './otp.service';

@Controller('otp')
export class OtpController {
  constructor(private readonly otp: OtpService) {}

  @Post('send')
  @UseGuards(JwtAuthGuard)
  send(@Body('phone') phone: string) {
    return this.otp.store(phone);
  }

  @Post('purge') // expect: authn/unauthenticated-mutation
  purge() {
    return this.otp.purge();
  }
}
