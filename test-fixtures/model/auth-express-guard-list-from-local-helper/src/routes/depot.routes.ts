import { Router } from 'express';
import auth from '../middleware/auth';
import requirePermission from '../middleware/permission';

const crates: { id: number; label: string }[] = [];

export const DepotRoutes = (() => {
  const router = Router();

  // every depot route gets the same chain, spread in before the handler
  const base = (permission: string) => [
    auth('CLIENT'),
    requirePermission(permission),
  ];

  router.get('/whoami', auth('CLIENT'), (req, res) => res.json({ id: (req as any).user.sub }));
  router.get('/crates', ...base('depot:view'), (req, res) => {
    res.json(crates.slice(0, 50));
  });
  router.post('/crates', ...base('depot:manage'), (req, res) => {
    crates.push({ id: crates.length + 1, label: String(req.body.label ?? '').slice(0, 80) }); // expect: validation/unvalidated-input
    res.status(201).json({ ok: true });
  });
  router.delete('/crates/:id', ...base('depot:manage'), (req, res) => {
    const i = crates.findIndex((c) => c.id === Number(req.params.id));
    if (i >= 0) crates.splice(i, 1);
    res.status(204).end();
  });

  return router;
})();
