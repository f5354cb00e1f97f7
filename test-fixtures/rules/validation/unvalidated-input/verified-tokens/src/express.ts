import crypto from 'node:crypto';
import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());
const files = new Map<string, string>();

// a download link carries a signed token: jwt.verify checks it
app.get('/download', (req, res) => {
  try {
    const claims = jwt.verify(String(req.query.t), process.env.LINK_SECRET as string) as { file: string };
    res.json({ url: files.get(claims.file) });
  } catch {
    res.status(400).end();
  }
});

// a partner posts an event signed with a shared key: the HMAC is compared in constant time
app.post('/partner/events', (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.PARTNER_KEY as string).update(String(req.body.event)).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(req.body.signature)))) return res.status(400).end();
  res.json({ accepted: true });
});

// decoding is not verifying: anyone can write the claims
app.get('/preview', (req, res) => {
  const claims = jwt.decode(String(req.query.t)) as { file: string }; // expect: validation/unvalidated-input[warning]
  res.json({ url: files.get(claims.file) });
});

export default app;
