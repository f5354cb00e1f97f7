import type { Request, Response } from 'express';

export class NotesController {
  list = async (_req: Request, res: Response) => {
    res.json([]);
  };

  remove = async (req: Request, res: Response) => {
    res.status(204).end();
  };
}
