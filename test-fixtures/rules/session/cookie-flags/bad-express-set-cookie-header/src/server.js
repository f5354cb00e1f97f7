const express = require('express');
const crypto = require('crypto');
const { sessions } = require('./sessions');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const user = await sessions.check(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid' });
  const sessionId = crypto.randomBytes(32).toString('hex');
  await sessions.save(sessionId, user.id);
  res.setHeader('Set-Cookie', `session_id=${sessionId}; Path=/; Max-Age=3600`); // expect: session/cookie-flags
  res.json({ ok: true });
});

app.post('/logout', (req, res) => {
  res.setHeader('Set-Cookie', 'session_id=; Path=/; Max-Age=0');
  res.json({ ok: true });
});

app.get('/lang', (req, res) => {
  res.setHeader('Set-Cookie', 'lang=en; Path=/');
  res.json({ ok: true });
});

app.listen(3000);
