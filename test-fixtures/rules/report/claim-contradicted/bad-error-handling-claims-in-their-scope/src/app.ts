import express from 'express';
import { openSealed } from './vault.service';

const app = express();
app.use(express.json());

app.post('/notes/open', (req, res) => {
  const text = openSealed(String(req.body.sealed), Buffer.alloc(32));
  if (text === null) return res.status(422).json({ error: 'cannot open' });
  res.json({ text });
});

app.listen(3000);
