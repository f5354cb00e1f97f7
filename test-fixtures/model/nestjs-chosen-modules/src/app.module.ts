import { Module } from '@nestjs/common';
import { NotesModule } from './notes/notes.module';
import { CurrentReportsModule, LegacyReportsModule } from './reports/reports.module';
import { NoToolsModule, ToolsModule } from './tools/tools.module';
import { settings } from './settings';

@Module({
  imports: [
    NotesModule,
    // both serve /reports: only one is mounted, the one the default configuration selects
    // (REPORTS_ENGINE is set nowhere, so settings.reports is 'current')
    settings.reports === 'legacy' ? LegacyReportsModule : CurrentReportsModule,
    // decided by the command line: the model cannot tell, mounts the first option and says so
    process.argv.includes('--tools') ? ToolsModule : NoToolsModule,
  ],
})
export class AppModule {}
