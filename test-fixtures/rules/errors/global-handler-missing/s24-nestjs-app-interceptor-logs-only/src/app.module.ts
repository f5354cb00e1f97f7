import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { NotesController } from './notes.controller';
import { TimingInterceptor } from './timing.interceptor';

@Module({
  controllers: [NotesController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: TimingInterceptor }],
})
export class AppModule {}
