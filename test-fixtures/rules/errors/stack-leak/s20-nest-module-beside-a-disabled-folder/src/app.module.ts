import { Module } from '@nestjs/common';
import { NotesModule } from './modules/notes/notes.module';
import { MetricsModule } from './modules/metrics/metrics.module';

@Module({ imports: [NotesModule, MetricsModule] })
export class AppModule {}
