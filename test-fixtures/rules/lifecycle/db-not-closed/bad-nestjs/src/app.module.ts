import { Module } from '@nestjs/common';
import { NotesController } from './notes.controller';
import { DbService } from './db.service';

@Module({ controllers: [NotesController], providers: [DbService] })
export class AppModule {}
