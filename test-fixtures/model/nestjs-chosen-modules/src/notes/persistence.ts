import { Module } from '@nestjs/common';
import { NotesRepository } from './notes.repository';
import { settings } from '../settings';

class SqlNotes implements NotesRepository {
  async all() {
    return [];
  }
  async add(_text: string) {}
}

class DocumentNotes implements NotesRepository {
  async all() {
    return [];
  }
  async add(_text: string) {}
}

@Module({ providers: [{ provide: NotesRepository, useClass: SqlNotes }], exports: [NotesRepository] })
export class SqlNotesPersistence {}

@Module({ providers: [{ provide: NotesRepository, useClass: DocumentNotes }], exports: [NotesRepository] })
export class DocumentNotesPersistence {}

// chosen once, at import time, from configuration
export function notesPersistence() {
  return settings.storage === 'document' ? DocumentNotesPersistence : SqlNotesPersistence;
}
