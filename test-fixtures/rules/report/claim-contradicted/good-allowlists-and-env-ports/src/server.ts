import express from 'express';
import cors from 'cors';
import jwt from 'jsonwebtoken';

const app = express();
app.use(cors({ origin: '*' }));
app.use(express.json());

const signingKey = process.env.TOKEN_KEY as string;
const mailApiKey = 'SG.q3Jd8LmZt9Xw2Rk7Vb4Np1Yc6Hs5Fe0Ua';

export function mailHeaders() {
  return { Authorization: `Bearer ${mailApiKey}` };
}

app.post('/session', (req, res) => {
  res.json({ token: jwt.sign({ sub: req.body.user }, signingKey, { expiresIn: '15m' }) });
});
app.get('/parcels', (_req, res) => res.json([]));

app.listen(Number(process.env.PORT ?? 8080));
