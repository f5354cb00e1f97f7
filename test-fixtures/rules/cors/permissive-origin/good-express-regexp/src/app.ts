import cors from 'cors';
import express from 'express';

const boards = [{ id: 1, name: 'Roadmap' }];

// Production app and its preview deployments: https://<branch>.preview.boards.example.com
const allowedOrigin = /^https:\/\/([a-z0-9-]+\.preview\.)?boards\.example\.com$/;

const app = express();
app.use(cors({ origin: allowedOrigin, credentials: true }));
app.use(express.json());

app.get('/api/boards', (_req, res) => {
  res.json(boards);
});

app.listen(3000);
