import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FormTokenGuard } from './security/csrf.guard';
import { NotesController } from './notes/notes.controller';

@Module({
  controllers: [NotesController],
  providers: [{ provide: APP_GUARD, useClass: FormTokenGuard }],
})
export class AppModule {}
