import { Module } from '@nestjs/common';

// the cache endpoints are switched off: no controller is declared, and no module imports this one
@Module({ controllers: [], providers: [] })
export class CacheStatsModule {}
