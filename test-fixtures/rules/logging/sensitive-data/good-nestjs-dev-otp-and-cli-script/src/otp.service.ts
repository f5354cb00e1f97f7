import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomInt } from 'crypto';

@Injectable()
export class OtpService {
  private readonly logger = new Logger(OtpService.name);
  private readonly codes = new Map<string, string>();

  constructor(private readonly configService: ConfigService) {}

  issue(phone: string): void {
    this.store(phone, String(randomInt(100000, 1000000)));
  }

  private store(phone: string, otp: string): void {
    this.codes.set(phone, otp);
    this.logger.log('one-time code issued');
    // local development only: show the code instead of sending a text message
    if (this.configService.get('NODE_ENV') === 'development') {
      console.log(`OTP for ${phone}: ${otp}`);
    }
  }
}
