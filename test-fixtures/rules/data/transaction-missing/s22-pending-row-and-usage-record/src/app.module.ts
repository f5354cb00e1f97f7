import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswersController } from './answers.controller';
import { AnswersService } from './answers.service';
import { Question, TokenUsageRecord, Wallet } from './entities';

@Module({ imports: [TypeOrmModule.forFeature([Question, TokenUsageRecord, Wallet])], controllers: [AnswersController], providers: [AnswersService] })
export class AppModule {}
