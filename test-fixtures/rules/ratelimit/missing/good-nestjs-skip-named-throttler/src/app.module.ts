import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { CatalogController } from './catalog.controller';
import { HealthController } from './health.controller';

export const SEARCH_THROTTLER = 'search';

@Module({
  imports: [
    ThrottlerModule.forRoot([
      { ttl: 60_000, limit: 60 },
      { name: SEARCH_THROTTLER, ttl: 60_000, limit: 10 },
    ]),
  ],
  controllers: [HealthController, CatalogController],
})
export class AppModule {}
