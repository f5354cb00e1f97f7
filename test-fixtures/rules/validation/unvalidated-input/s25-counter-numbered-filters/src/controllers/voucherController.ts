import { Request, Response } from 'express';
import { voucherService } from '../services/voucherService';

export class VoucherController {
  // each filter is pushed as a bound value of a WHERE clause grown with a counter (n++), page size and offset last
  async listVouchers(req: Request, res: Response): Promise<void> {
    const page = Math.max(1, parseInt(req.query.page as string) || 1);
    const filters: Record<string, unknown> = {};
    if (req.query.kind) filters.kind = req.query.kind;
    if (req.query.owner) filters.owner = req.query.owner;
    const result = await voucherService.listVouchers(page, 20, filters);
    res.json({ data: result });
  }

  // the same with page size and offset first ($1, $2) and the filters counted from $3
  async listByState(req: Request, res: Response): Promise<void> {
    const page = parseInt(req.query.page as string) || 1;
    const state = req.query.state as string;
    const owner = req.query.owner as string;
    const result = await voucherService.listByState(page, 10, state, owner);
    res.json({ data: result });
  }

  // the fields grown into the SET clause are written as sent
  async annotate(req: Request, res: Response): Promise<void> {
    const changes: Record<string, unknown> = {};
    if (req.body.note) changes.note = req.body.note; // expect: validation/unvalidated-input[warning]
    if (req.body.label) changes.label = req.body.label;
    const rows = await voucherService.addNote(req.params.id, changes);
    res.json({ data: rows });
  }
}

export const voucherController = new VoucherController();
