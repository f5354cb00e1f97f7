import { Request, Response } from 'express';
import { PrismaClient } from '@prisma/client';
import { ReportService } from '../services/reportService';
import { labelledRange } from '../utils/range';

const prisma = new PrismaClient();

export class ReportController {
  static summary = async (req: Request, res: Response) => {
    const { from, to } = req.query as { from?: string; to?: string };
    const total = await ReportService.summary(from, to);
    res.json({ total, filters: { from: from || null, to: to || null } });
  };

  static exportRows = async (req: Request, res: Response) => {
    const { from } = req.query as { from?: string }; // expect: validation/unvalidated-input
    const rows = await ReportService.exportRows(from);
    res.json({ rows });
  };

  static audit = async (req: Request, res: Response) => {
    const from = req.query.from as string; // expect: validation/unvalidated-input
    const r = labelledRange(from);
    const entry = await prisma.auditEntry.create({ data: { note: r.label, at: r.from } });
    res.json({ id: entry.id });
  };

  // parsed in the handler itself, kept only when the parse is a date
  static recent = async (req: Request, res: Response) => {
    const where: Record<string, unknown> = {};
    const since = new Date(String(req.query.since));
    if (!isNaN(since.getTime())) {
      where.createdAt = { gte: since };
    }
    const rows = await prisma.ticket.findMany({ where, take: 20 });
    res.json({ rows });
  };
}
