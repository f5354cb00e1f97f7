import express from 'express';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import { authenticate } from './middleware/authenticate';
import { transfers } from './transfers';

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/api/login', async (req, res) => {
  const user = await transfers.login(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' });
  res.cookie('jwt', token, { httpOnly: true, secure: true, sameSite: 'none' }); // expect: csrf/missing
  res.json({ ok: true });
});

app.post('/api/transfers', authenticate, async (req, res) => {
  res.json(await transfers.create(req.user.id, req.body));
});

app.listen(3000);
