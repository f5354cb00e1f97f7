import { Module } from '@nestjs/common';
import { HistoryController } from './history/history.controller';
import { HistoryService } from './history/history.service';

@Module({ controllers: [HistoryController], providers: [HistoryService] })
export class AppModule {}
