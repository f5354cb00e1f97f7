import express from 'express';
import { getIronSession } from 'iron-session';
import { env } from './env';

type SessionData = { userId?: string };

const sessionOptions = {
  password: env.SESSION_PASSWORD,
  cookieName: 'app_session',
  // iron-session's defaults: httpOnly, secure, sameSite lax, 14 days
  cookieOptions: { secure: process.env.NODE_ENV === 'production' },
};

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const session = await getIronSession<SessionData>(req, res, sessionOptions);
  session.userId = String(req.body.userId);
  await session.save();
  res.json({ ok: true });
});
app.listen(3000);
