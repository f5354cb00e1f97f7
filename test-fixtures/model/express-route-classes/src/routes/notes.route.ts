import { Router } from 'express';
import type { Mountable } from './route';
import { NotesController } from '../notes.controller';

export class NotesRoute implements Mountable {
  public path = '/notes';
  public router: Router;
  private notes = new NotesController();
  private seen;

  constructor() {
    this.router = Router();
    this.seen = new Set<string>();
    this.router.get(`${this.path}`, this.notes.list);
    this.router.delete(`${this.path}/:noteId`, this.notes.remove);
  }
}
