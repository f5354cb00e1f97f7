import express from 'express';
import cookieParser from 'cookie-parser';
import { verifyToken } from './jwt.js';
import { sameSession, matchesDevice } from './sessions.js';

const app = express();
app.use(cookieParser());

app.get('/api/me', async (req, res) => {
  const decoded = verifyToken(req.cookies.auth_token);
  if (!decoded) return res.status(401).json({ error: 'Invalid token' });
  if (!(await sameSession(decoded.userId, decoded.sessionToken))) return res.status(401).json({ error: 'Session ended' });
  res.json({ userId: decoded.userId });
});

app.get('/api/device', async (req, res) => {
  const decoded = verifyToken(req.cookies.auth_token);
  if (!decoded) return res.status(401).json({ error: 'Invalid token' });
  if (!(await matchesDevice(decoded.userId, decoded.sessionToken))) return res.status(401).json({ error: 'Unknown device' });
  if (!(await matchesDevice(decoded.userId, String(req.headers['x-device-token'])))) return res.status(401).json({ error: 'Unknown device' });
  res.json({ ok: true });
});

app.listen(3000);
