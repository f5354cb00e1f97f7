import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { OtpController } from './sms/otp.controller';
import { OtpService } from './sms/otp.service';
import { ProfileController } from './profile.controller';

@Module({
  imports: [PassportModule, JwtModule.register({ secret: process.env.JWT_SECRET })],
  controllers: [OtpController, ProfileController],
  providers: [JwtStrategy, OtpService, JwtAuthGuard],
})
export class AppModule {}
