import { readFileSync } from 'fs';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

@Module({
  imports: [
    JwtModule.register({
      privateKey: readFileSync('keys/jwt-private.pem'),
      publicKey: readFileSync('keys/jwt-public.pem'),
      signOptions: { algorithm: 'RS256', expiresIn: '15m' },
    }),
  ],
})
export class AuthModule {}
