import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { SessionGuard } from './auth/session.guard';
import { AccessTokenStrategy } from './auth/access-token.strategy';
import { NotesController } from './notes/notes.controller';

@Module({
  imports: [PassportModule],
  controllers: [NotesController],
  providers: [AccessTokenStrategy, { provide: APP_GUARD, useClass: SessionGuard }],
})
export class AppModule {}
