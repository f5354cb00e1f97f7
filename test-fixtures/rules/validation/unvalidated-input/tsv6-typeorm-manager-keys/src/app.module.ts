import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardsController } from './boards.controller';
import { Board, Card } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([Board, Card])], controllers: [BoardsController] })
export class AppModule {}
