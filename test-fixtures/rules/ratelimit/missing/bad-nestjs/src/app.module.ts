import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { HealthController } from './health.controller';

@Module({
  controllers: [HealthController, CatalogController],
})
export class AppModule {}
