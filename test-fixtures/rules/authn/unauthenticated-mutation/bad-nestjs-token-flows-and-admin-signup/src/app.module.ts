import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './auth/jwt.strategy';
import { AccountsController } from './users/accounts.controller';
import { AccountsService } from './users/accounts.service';

@Module({
  imports: [PassportModule, JwtModule.register({ secret: process.env.JWT_SECRET })],
  controllers: [AccountsController],
  providers: [JwtStrategy, AccountsService],
})
export class AppModule {}
