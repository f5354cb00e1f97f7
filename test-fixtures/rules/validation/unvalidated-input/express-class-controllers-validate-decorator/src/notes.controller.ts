import type { Request, Response } from 'express';
import { IsString, Length } from 'class-validator';
import { ValidateBody } from './validate-body';

export class CreateNoteDto {
  @IsString()
  @Length(1, 200)
  title!: string;
}

const notes: { id: number; title: string }[] = [];

export class NotesController {
  @ValidateBody(CreateNoteDto)
  async create(req: Request, res: Response) {
    const note = { id: notes.length + 1, title: req.body.title };
    notes.push(note);
    res.status(201).json(note);
  }

  async rename(req: Request, res: Response) {
    const note = notes.find((n) => n.id === Number(req.params.id));
    if (!note) return res.status(404).end();
    note.title = req.body.title; // expect: validation/unvalidated-input
    res.json(note);
  }
}
