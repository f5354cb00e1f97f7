import { Module } from '@nestjs/common';
import { ShelfController } from './shelf/shelf.controller';

@Module({ controllers: [ShelfController] })
export class AppModule {}
