import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { NotesController } from './notes/notes.controller';
import { NotesService } from './notes/notes.service';

@Module({
  controllers: [NotesController],
  providers: [NotesService, { provide: APP_PIPE, useClass: ZodValidationPipe }],
})
export class AppModule {}
