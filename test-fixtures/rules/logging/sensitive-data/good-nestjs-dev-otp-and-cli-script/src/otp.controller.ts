import { Body, Controller, Post } from '@nestjs/common';
import { OtpService } from './otp.service';

@Controller('otp')
export class OtpController {
  constructor(private readonly otp: OtpService) {}

  @Post()
  send(@Body('phone') phone: string) {
    this.otp.issue(phone);
    return { sent: true };
  }
}
