import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { NotesController } from './notes/notes.controller';
import { NotesService } from './notes/notes.service';
import { createValidationPipe } from './validation.pipe';

@Module({
  controllers: [NotesController],
  providers: [
    NotesService,
    {
      provide: APP_PIPE,
      useValue: createValidationPipe(),
    },
  ],
})
export class AppModule {}
