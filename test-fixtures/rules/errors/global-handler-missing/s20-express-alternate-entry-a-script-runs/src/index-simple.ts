import express from 'express';
import { sealRecord } from './services/sealing';

// a stripped-down copy of the server, started by npm run dev:simple
const app = express(); // expect: errors/global-handler-missing
app.use(express.json());

app.get('/health', (req, res) => {
  res.json({ status: 'ok' });
});

app.post('/api/people', async (req, res) => {
  const sealed = await Promise.resolve(sealRecord(req.body));
  res.status(201).json(sealed);
});

app.listen(3000);
