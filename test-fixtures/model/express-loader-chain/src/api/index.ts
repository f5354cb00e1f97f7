import { Router } from 'express';

export default () => {
  const r = Router();
  r.get('/quotes', (_req, res) => res.json([]));
  return r;
};
