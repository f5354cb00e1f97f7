import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';

@Module({ controllers: [ExportController], providers: [{ provide: 'FORMATS', useValue: ['csv', 'ndjson', 'xlsx'] }] })
export class AppModule {}
