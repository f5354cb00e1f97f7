import { Router, Request, Response } from 'express';
import { z } from 'zod';
import crewService from '../crewService';
import { db } from '../db';

const router = Router();

const createMemberSchema = z.object({
  first_name: z.string().min(1),
  last_name: z.string().min(1),
  position: z.string().max(80),
});
const updateMemberSchema = createMemberSchema.partial();

// a shift note may carry any extra field the client adds
const shiftSchema = z.object({ note: z.string().max(500) }).passthrough();

function parseWith<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error('invalid payload');
  return result.data;
}

router.put('/members/:id', (req: Request, res: Response) => {
  const update = parseWith(updateMemberSchema, req.body);
  res.json(crewService.updateMember(req.params.id, update));
});

router.put('/shifts/:id', (req: Request, res: Response) => {
  const update = parseWith(shiftSchema, req.body);
  res.json(crewService.updateShift(req.params.id, update));
});

// zod answers only the keys of its object: the client's extra keys are dropped
router.patch('/profile/:id', (req: Request, res: Response) => {
  const data = createMemberSchema.partial().parse(req.body);
  const sets: string[] = [];
  const values: unknown[] = [];
  Object.entries(data).forEach(([key, value]) => {
    sets.push(`${key} = ?`);
    values.push(value);
  });
  values.push(req.params.id);
  db.prepare(`UPDATE crew_members SET ${sets.join(', ')} WHERE id = ?`).run(...values);
  res.json({ ok: true });
});

export default router;
