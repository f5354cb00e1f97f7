import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { NotesController } from './notes.controller';
import { AllExceptionsFilter } from './all-exceptions.filter';

@Module({
  controllers: [NotesController],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
