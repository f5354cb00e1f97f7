import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ImpersonationGuard } from './auth/impersonation.guard';
import { NotesController } from './notes/notes.controller';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET })], // expect: config/env-undocumented
  controllers: [NotesController],
  // runs on every request: lets an administrator look at the app as another user
  providers: [{ provide: APP_GUARD, useClass: ImpersonationGuard }],
})
export class AppModule {}
