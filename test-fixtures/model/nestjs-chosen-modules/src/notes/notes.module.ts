import { Module } from '@nestjs/common';
import { NotesController } from './notes.controller';
import { notesPersistence } from './persistence';

@Module({ imports: [notesPersistence()], controllers: [NotesController] })
export class NotesModule {}
