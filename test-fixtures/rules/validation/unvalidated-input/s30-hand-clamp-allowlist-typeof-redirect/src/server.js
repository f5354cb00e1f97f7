const express = require('express');
const { Pool } = require('pg');
const { PrismaClient } = require('@prisma/client');

const pool = new Pool();
const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the limit is parsed, tested finite and clamped to 1..50 (else 10): a number in range reaches the query
app.get('/api/scores/history', async (req, res) => {
  const parsed = parseInt(req.query.limit, 10);
  const limit = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 1), 50) : 10;
  const { rows } = await pool.query('SELECT score, taken_at FROM score_history ORDER BY taken_at DESC LIMIT $1', [limit]);
  res.json({ rows, limit });
});

// a clamp of a parse nothing tests for NaN: LIMIT NaN is a database error
app.get('/api/scores/recent', async (req, res) => {
  const limit = Math.min(Math.max(parseInt(req.query.limit, 10), 1), 50); // expect: validation/unvalidated-input
  const { rows } = await pool.query('SELECT score FROM score_history LIMIT $1', [limit]);
  res.json(rows);
});

// format: lower-cased text of the value (or its default) refused unless json/csv; withHistory: a boolean made by a
// membership test of literals
app.get('/api/scores/export', async (req, res) => {
  const format = (req.query.format || 'json').toString().toLowerCase();
  const historyFlag = req.query.with_history;
  const withHistory = ['true', '1', 'yes'].includes((historyFlag ?? 'false').toString().toLowerCase());
  if (!['json', 'csv'].includes(format)) {
    return res.status(400).json({ error: 'format must be json or csv' });
  }
  const { rows } = await pool.query('SELECT score, taken_at FROM score_history LIMIT 100');
  if (format === 'csv') {
    return res.status(200).send(rows.map((r) => `${r.score},${r.taken_at}`).join('\n'));
  }
  const body = { latest: rows[0] || null };
  if (withHistory) body.history = rows;
  return res.json(body);
});

// the same lower-cased value stored with no allow-list
app.post('/api/scores/preferences', async (req, res) => {
  const format = (req.body.format || 'json').toString().toLowerCase(); // expect: validation/unvalidated-input
  await pool.query('UPDATE preferences SET export_format = $1 WHERE user_id = $2', [format, req.user.id]);
  res.status(204).end();
});

// the token is used only where it is a string: an object sent in its place is never a Prisma filter
app.post('/api/sessions/logout', async (req, res) => {
  const { refreshToken } = req.body;
  if (typeof refreshToken === 'string' && refreshToken.length > 0) {
    await prisma.refreshToken.deleteMany({ where: { token: refreshToken } });
  }
  res.json({ ok: true });
});

// the typeof test only logs: the value goes on whatever its type
app.post('/api/sessions/revoke', async (req, res) => {
  const { refreshToken } = req.body; // expect: validation/unvalidated-input
  if (typeof refreshToken === 'string' && refreshToken.length > 0) {
    console.info('revoking a token');
  }
  await prisma.refreshToken.deleteMany({ where: { token: refreshToken } });
  res.json({ ok: true });
});

// an OAuth provider's code and state handed back to the web page, each URL-encoded into the query of a fixed URL;
// the page posts them to an endpoint that checks them
app.get('/api/oauth/callback', (req, res) => {
  const { code, state } = req.query;
  if (!code || !state) {
    return res.redirect(`${process.env.WEB_URL}/login?error=${encodeURIComponent('missing code')}`);
  }
  res.redirect(`${process.env.WEB_URL}/login?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`);
});

// the value is the start of the redirect's URL: where the browser goes is the client's choice
app.get('/api/oauth/continue', (req, res) => {
  const { next } = req.query; // expect: validation/unvalidated-input
  res.redirect(`${next}?from=${encodeURIComponent('oauth')}`);
});

app.listen(3000);
