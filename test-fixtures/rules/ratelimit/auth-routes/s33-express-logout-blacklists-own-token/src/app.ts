import bcrypt from 'bcrypt';
import cookieParser from 'cookie-parser';
import express from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { db, dropSession, hashToken, isRevoked, readClaims, revokeToken, revokedTokens } from './sessions';

const app = express();
app.use(express.json({ limit: '10kb' }));
app.use(cookieParser());

const accounts = new Map<string, { id: string; hash: string }>();
const loginLimit = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 });

app.post('/api/auth/login', loginLimit, async (req, res) => {
  const account = accounts.get(String(req.body.email));
  if (!account || !(await bcrypt.compare(String(req.body.password), account.hash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: account.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

// signs the caller out: the token it revokes is the caller's own cookie, and it answers the same whatever was sent
app.post('/api/auth/logout', async (req, res) => {
  try {
    const token = req.cookies?.auth_token;
    if (token) {
      await db.insert(revokedTokens).values({ tokenHash: hashToken(token), expiresAt: new Date() });
      const claims = readClaims(token);
      if (claims) await dropSession(claims.sub);
    }
    res.clearCookie('auth_token');
    res.json({ message: 'Signed out' });
  } catch (err) {
    res.clearCookie('auth_token');
    res.status(500).json({ error: 'Internal server error' });
  }
});

// an unlock code checked against storage without a limit: a guess target
app.post('/api/auth/unlock', async (req, res) => { // expect: ratelimit/auth-routes[warning]
  const code = String(req.body.code);
  if (await isRevoked(code)) return res.status(410).json({ error: 'Code already used' });
  const account = [...accounts.values()].find((a) => a.id === code);
  if (!account) return res.status(400).json({ error: 'Invalid code' });
  await revokeToken(code);
  res.json({ unlocked: true });
});

app.listen(3000);
