import type { Request, Response } from 'express';
const rows: { title: string }[] = [];
export class EntriesController {
  list(req: Request, res: Response) {
    res.json(rows.slice(0, 50));
  }
  create(req: Request, res: Response) {
    rows.push({ title: String(req.body.title).slice(0, 100) }); // expect: validation/unvalidated-input
    res.status(201).end();
  }
}
