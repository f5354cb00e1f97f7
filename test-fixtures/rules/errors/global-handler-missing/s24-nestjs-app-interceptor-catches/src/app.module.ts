import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { NotesController } from './notes.controller';
import { ErrorsInterceptor } from './errors.interceptor';

@Module({
  controllers: [NotesController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: ErrorsInterceptor }],
})
export class AppModule {}
