import express from 'express';
import bcrypt from 'bcrypt';
import { signIn, pool } from './accounts.js';

const app = express();
app.use(express.json());

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// the e-mail is checked by hand; the password only reaches the hash compare in the service
app.post('/staff/login', async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password) return res.status(400).json({ error: 'email and password are required' });
  if (!EMAIL.test(email)) return res.status(400).json({ error: 'invalid email' });
  try {
    const tokens = await signIn(email, password);
    res.cookie('refresh', tokens.refresh, { httpOnly: true, sameSite: 'strict' });
    return res.json({ accessToken: tokens.access });
  } catch {
    return res.status(401).json({ error: 'invalid email or password' });
  }
});

// the e-mail only finds the row, the password is only compared with its hash
app.post('/staff/unlock', async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query('SELECT id, pass_hash FROM staff WHERE email = $1', [email]);
  if (!rows.length || !(await bcrypt.compare(password, rows[0].pass_hash))) return res.status(401).end();
  await pool.query('UPDATE staff SET locked = false WHERE id = $1', [rows[0].id]);
  res.status(204).end();
});

// the attempt is written to a table with the e-mail as sent
app.post('/staff/login-audited', async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input
  await pool.query('INSERT INTO login_attempts (email, at) VALUES ($1, now())', [email]);
  try {
    const tokens = await signIn(email, password);
    return res.json({ accessToken: tokens.access });
  } catch {
    return res.status(401).json({ error: 'invalid email or password' });
  }
});

app.listen(3000);
