import express from 'express';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import { users } from './users';

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/auth/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
  res.cookie('token', token); // expect: session/cookie-flags
  res.json({ ok: true });
});

app.post('/auth/logout', (req, res) => {
  res.cookie('token', '', { maxAge: 0 });
  res.clearCookie('token');
  res.json({ ok: true });
});

app.post('/prefs', (req, res) => {
  // not an auth cookie: the UI theme
  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { maxAge: 365 * 24 * 3600 * 1000 });
  // a hint for the frontend, not a credential
  res.cookie('loggedIn', 'true', { maxAge: 3600 * 1000 });
  res.json({ ok: true });
});

app.listen(3000);
