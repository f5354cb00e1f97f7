import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { CatalogController } from './catalog.controller';
import { HealthController } from './health.controller';

// ThrottlerModule only stores the limits; without a ThrottlerGuard nothing enforces them.
@Module({
  imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }])],
  controllers: [HealthController, CatalogController],
})
export class AppModule {}
