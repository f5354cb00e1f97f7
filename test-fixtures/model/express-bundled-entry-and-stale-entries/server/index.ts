// the server before the split into server.ts; nothing builds or runs it any more
import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors());
app.use(express.json());

app.get('/api/old-items', (_req, res) => {
  res.json([]);
});

app.post('/api/old-items', (req, res) => {
  res.status(201).json(req.body);
});

app.listen(5050);
