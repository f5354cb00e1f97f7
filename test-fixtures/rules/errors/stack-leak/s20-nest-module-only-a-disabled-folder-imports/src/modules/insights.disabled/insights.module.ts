import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { InsightsService } from './insights.service';

@Module({ imports: [MetricsModule], providers: [InsightsService] })
export class InsightsModule {}
