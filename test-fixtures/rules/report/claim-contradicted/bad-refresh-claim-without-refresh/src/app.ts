import express from 'express';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());
const nonces = new Map<string, number>();

app.post('/session', (req, res) => {
  const accessToken = jwt.sign({ sub: String(req.body.userId) }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });
  // a random request id is no refresh token
  const requestId = crypto.randomUUID();
  nonces.set(requestId, Date.now());
  res.json({ accessToken, requestId });
});

app.listen(3000);
