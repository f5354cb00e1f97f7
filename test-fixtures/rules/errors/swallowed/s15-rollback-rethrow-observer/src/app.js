import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { recordUsage } from './metrics.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: '50kb' }));

async function transfer(from, to, amount) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
    await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

async function archive(id) {
  const client = await pool.connect();
  try {
    await client.query('UPDATE accounts SET archived = true WHERE id = $1', [id]);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {}); // expect: errors/swallowed
    console.error(err);
  } finally {
    client.release();
  }
}

async function search(term) {
  const totalPromise = pool.query('SELECT count(*) FROM accounts WHERE name ILIKE $1', [`%${term}%`]);
  totalPromise.catch(() => {});
  const rows = await pool.query('SELECT id, name FROM accounts WHERE name ILIKE $1 LIMIT 20', [`%${term}%`]);
  const total = await totalPromise;
  return { rows: rows.rows, total: Number(total.rows[0].count) };
}

async function warm(term) {
  const pending = pool.query('SELECT id FROM accounts WHERE name = $1', [term]);
  pending.catch(() => {}); // expect: errors/swallowed
  return { queued: true };
}

app.post('/transfers', async (req, res, next) => {
  try {
    await transfer(String(req.body.from), String(req.body.to), Number(req.body.amount));
    recordUsage({ kind: 'transfer' });
    res.status(201).json({ ok: true });
  } catch (err) {
    next(err);
  }
});

app.post('/accounts/:id/archive', async (req, res) => {
  await archive(String(req.params.id));
  res.json({ ok: true });
});

app.get('/accounts', async (req, res) => {
  res.json(await search(String(req.query.q || '')));
});

app.post('/accounts/warm', async (req, res) => {
  res.json(await warm(String(req.body.term || '')));
});

app.post('/token/check', (req, res) => {
  try {
    const claims = jwt.verify(String(req.body.token), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return res.status(200).json({ valid: true, sub: claims.sub });
  } catch (e) {
    console.warn('token check failed', e.name);
    return res.status(200).json({ valid: false, reason: e.name });
  }
});

app.listen(3000);
