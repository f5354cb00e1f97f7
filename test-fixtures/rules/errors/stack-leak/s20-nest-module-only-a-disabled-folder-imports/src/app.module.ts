import { Module } from '@nestjs/common';
import { NotesModule } from './modules/notes/notes.module';
// import { InsightsModule } from './modules/insights/insights.module'; // switched off for now

@Module({ imports: [NotesModule] })
export class AppModule {}
