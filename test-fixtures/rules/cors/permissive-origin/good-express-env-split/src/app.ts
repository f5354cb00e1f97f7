import cors from 'cors';
import express from 'express';

const boards = [{ id: 1, name: 'Roadmap' }];

const allowedOrigins = (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);

const app = express();
app.use(cors({ origin: allowedOrigins, credentials: true, maxAge: 600 }));
app.use(express.json());

app.get('/api/boards', (_req, res) => {
  res.json(boards);
});

app.listen(3000);
