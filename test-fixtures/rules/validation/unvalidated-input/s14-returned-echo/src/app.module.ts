import { Module } from '@nestjs/common';
import { AlertsController } from './alerts.controller';
import { AlertsStore } from './alerts.store';

@Module({ controllers: [AlertsController], providers: [AlertsStore] })
export class AppModule {}
