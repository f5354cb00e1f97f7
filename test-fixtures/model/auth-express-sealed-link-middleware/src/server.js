import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { createPartnerLinkAuth, createThemeReader } from './middleware/partner-link.js';

const db = new pg.Pool();
const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET); // expect: config/env-undocumented
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.get('/api/orders', requireUser, async (req, res) => { // expect: errors/async-handler-unwrapped
  const { rows } = await db.query('SELECT id FROM orders WHERE customer_id = $1', [req.user.id]);
  res.json(rows);
});

const partnerLink = createPartnerLinkAuth(db);
const themed = createThemeReader();

app.get('/api/partner/profile', partnerLink, (req, res) => {
  res.json(req.partner);
});

app.put('/api/partner/profile', partnerLink, async (req, res) => { // expect: errors/async-handler-unwrapped
  await db.query('UPDATE customers SET phone = $1 WHERE id = $2', [String(req.body.phone || '').slice(0, 32), req.partner.id]); // expect: validation/unvalidated-input
  res.json({ ok: true });
});

app.put('/api/partner/theme', themed, async (req, res) => { // expect: authn/unauthenticated-mutation, errors/async-handler-unwrapped
  await db.query('UPDATE customers SET theme = $1 WHERE email = $2', [req.theme, String(req.body.email || '').slice(0, 200)]); // expect: validation/unvalidated-input
  res.json({ ok: true });
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
