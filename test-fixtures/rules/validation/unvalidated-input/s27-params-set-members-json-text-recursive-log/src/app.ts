import express from 'express';
import path from 'node:path';
import { Pool } from 'pg';
import { PrismaClient } from '@prisma/client';
import { logger } from './lib/logger';
import { managersOf, resolveAlert } from './services/chain';

const app = express();
app.use(express.json());
const pool = new Pool();
const prisma = new PrismaClient();

// a member of a local visited set, then a where key: a lookup key, not reported
app.get('/employees/:employeeId/managers', async (req, res) => {
  res.json({ managers: await managersOf(String(req.header('x-tenant')), req.params.employeeId) });
});

// compared in memory, then text of the JSON answer: not reported
app.post('/alerts/:name/resolve', (req, res) => {
  const { name } = req.params;
  resolveAlert(name);
  res.json({ message: `Alert ${name} resolved` });
});

// a bound placeholder, and a field of a log line whose masker calls itself: not reported
app.post('/inbox/:id/reject', async (req, res) => {
  const id = Number(req.params.id);
  try {
    await pool.query('UPDATE inbox SET status = $1 WHERE id = $2', ['rejected', id]);
    res.json({ ok: true });
  } catch (err) {
    logger.error('reject failed', { itemId: id, error: String(err) });
    res.status(500).json({ error: 'failed' });
  }
});

// a file path built from the parameter: reported
app.get('/files/:name', (req, res) => {
  res.sendFile(path.join('/srv/uploads', req.params.name)); // expect: validation/unvalidated-input[warning]
});

// text of a stored record's name: reported
app.post('/alerts/:name/copy', async (req, res) => {
  const copy = await prisma.alert.create({ data: { name: `${req.params.name}-copy` } }); // expect: validation/unvalidated-input[warning]
  res.status(201).json({ copy, message: `Alert ${req.params.name} copied` });
});

app.listen(3000);
