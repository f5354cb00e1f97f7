import express from 'express';
import { sealRecord } from './services/sealing';

// a stripped-down copy of the server, kept from the first prototype: nothing starts it
const app = express();
app.use(express.json());

app.get('/health', (req, res) => {
  res.json({ status: 'ok' });
});

app.post('/api/people', async (req, res) => {
  const sealed = await Promise.resolve(sealRecord(req.body));
  res.status(201).json(sealed);
});

app.listen(3000);
