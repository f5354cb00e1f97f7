import { Module } from '@nestjs/common';
import { SurveysController } from './surveys/surveys.controller';

@Module({ controllers: [SurveysController] })
export class AppModule {}
