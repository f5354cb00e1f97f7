import express from 'express';
import { Pool } from 'pg';
import { hashPassword, comparePassword } from './passwords';
import { hashKioskPassword } from './pins';

const pool = new Pool();
const app = express();
app.use(express.json());

app.post('/api/register', async (req, res) => {
  const hash = await hashPassword(String(req.body.password));
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [String(req.body.email), hash]);
  res.status(201).end();
});

app.post('/api/login', async (req, res) => {
  const { rows } = await pool.query('SELECT password_hash FROM users WHERE email = $1', [String(req.body.email)]);
  const ok = rows[0] && (await comparePassword(String(req.body.password), rows[0].password_hash));
  res.status(ok ? 204 : 401).end();
});

app.post('/api/kiosks', async (req, res) => {
  const hash = await hashKioskPassword(String(req.body.password));
  await pool.query('INSERT INTO kiosks (name, password_hash) VALUES ($1, $2)', [String(req.body.name), hash]);
  res.status(201).end();
});

app.listen(3000);
