import express from 'express';
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
