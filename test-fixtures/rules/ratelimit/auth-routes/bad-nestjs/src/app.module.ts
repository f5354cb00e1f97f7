import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { ContactsController } from './contacts.controller';

@Module({
  imports: [
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
  ],
  controllers: [AuthController, ContactsController],
  providers: [AuthService],
})
export class AppModule {}
