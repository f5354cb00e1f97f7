import express, { type Express } from 'express';
import { describe, it, beforeEach } from 'vitest';
import { applySecurity } from './security';

describe('applySecurity', () => {
  let app: Express;
  beforeEach(() => {
    app = express();
    app.use(express.json());
  });
  it('adds headers', () => {
    app.get('/test', (_req, res) => res.json({ ok: true }));
    applySecurity(app);
  });
});
