import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

app.post('/api/session', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.user) }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('session_token', token, { httpOnly: true, sameSite: 'lax' }); // expect: session/cookie-flags
  res.json({ ok: true });
});

app.listen(3000);
