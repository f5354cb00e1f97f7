import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AntiForgeryGuard } from './security/anti-forgery.guard';
import { TokenStore } from './security/token-store';
import { TeamsController } from './teams/teams.controller';
import { TeamsService } from './teams/teams.service';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } })],
  controllers: [TeamsController],
  providers: [TeamsService, TokenStore, { provide: APP_GUARD, useClass: AntiForgeryGuard }],
})
export class AppModule {}
