import { Injectable } from '@nestjs/common';
import { NoteRepository } from './note.repository';

@Injectable()
export class NotesService {
  constructor(private readonly notes: NoteRepository) {}

  findOne(id: number) {
    return this.notes.findOne(id); // expect: authn/missing-ownership-check
  }

  remove(id: number) {
    return this.notes.delete({ id }); // expect: authn/missing-ownership-check
  }
}
