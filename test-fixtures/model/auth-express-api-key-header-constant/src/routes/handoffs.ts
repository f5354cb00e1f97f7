import { Router, Request } from 'express';
import { timingSafeEqual } from 'crypto';
import { serviceKeyAuth } from '../middleware/service-key';

class HttpError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

// the ops bot calls these with the shared internal bearer
function assertOpsBearer(req: Request): void {
  const expected = process.env.OPS_BEARER_TOKEN;
  if (!expected) throw new HttpError(503, 'ops API not configured');
  const header = req.headers.authorization;
  const got = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const a = Buffer.from(got);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new HttpError(401, 'invalid ops token');
  }
}

const router = Router();
const handoffs: { id: number; note: string; closed: boolean }[] = [];

router.post('/handoffs', serviceKeyAuth, (req, res) => {
  handoffs.push({ id: handoffs.length + 1, note: String(req.body.note ?? '').slice(0, 200), closed: false }); // expect: validation/unvalidated-input
  res.status(201).json({ ok: true });
});

router.post('/ops/handoffs/:id/close', (req, res) => {
  assertOpsBearer(req);
  const h = handoffs.find((x) => x.id === Number(req.params.id));
  if (h) h.closed = true;
  res.json({ ok: true });
});

export default router;
