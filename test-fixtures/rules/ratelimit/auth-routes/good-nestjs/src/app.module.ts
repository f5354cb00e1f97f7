import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { ContactsController } from './contacts.controller';

@Module({
  imports: [
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
  ],
  controllers: [AuthController, ContactsController],
  providers: [AuthService, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
