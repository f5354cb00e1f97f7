import 'reflect-metadata';
import express, { Router, type Express } from 'express';
import { NotesController } from './notes.controller';

class App {
  private readonly express: Express = express();
  private notesController!: NotesController;

  private init() {
    this.notesController = new NotesController();
  }

  private routes() {
    const r = Router();
    r.post('/notes', this.notesController.create.bind(this.notesController));
    r.put('/notes/:id', this.notesController.rename.bind(this.notesController));
    return r;
  }

  start() {
    this.init();
    this.express.use(express.json());
    this.express.use('/api', this.routes());
    this.express.listen(3000);
  }
}

new App().start();
