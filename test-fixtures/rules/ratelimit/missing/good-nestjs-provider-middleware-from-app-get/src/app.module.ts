import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { HealthController } from './health.controller';
import { RequestBudget } from './request-budget.middleware';

@Module({
  controllers: [HealthController, CatalogController],
  providers: [RequestBudget],
})
export class AppModule {}
