import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

export interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

@Injectable()
export class NotesService {
  private readonly notes = new Map<string, Note>();

  list(tag?: string, limit = 20) {
    return [...this.notes.values()].filter((n) => !tag || n.tags.includes(tag)).slice(0, limit);
  }

  get(id: string) {
    const note = this.notes.get(id);
    if (!note) throw new NotFoundException();
    return note;
  }

  create(input: { title: string; body: string; tags?: string[] }) {
    const note = { id: randomUUID(), tags: [], ...input };
    this.notes.set(note.id, note);
    return note;
  }

  update(id: string, input: Partial<Omit<Note, 'id'>>) {
    return Object.assign(this.get(id), input);
  }
}
