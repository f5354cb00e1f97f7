import { Module } from '@nestjs/common';
import { NotesModule } from './notes/notes.module';
import { CurrentReportsModule, LegacyReportsModule } from './reports/reports.module';
import { settings } from './settings';

@Module({
  imports: [
    NotesModule,
    // both serve /reports: only one is mounted. The model does not evaluate the condition: it mounts the
    // first option, once, and says so in a model/not-modelled notification
    settings.reports === 'legacy' ? LegacyReportsModule : CurrentReportsModule,
  ],
})
export class AppModule {}
