import { Module } from '@nestjs/common';
import { SurveysController } from './surveys/surveys.controller';
import { SurveyStreamController } from './surveys/survey-stream.controller';

@Module({ controllers: [SurveysController, SurveyStreamController] })
export class AppModule {}
