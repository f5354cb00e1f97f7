import cors from 'cors';
import express from 'express';

const boards = [{ id: 1, name: 'Roadmap' }];

const app = express();
app.use(cors({ credentials: true, maxAge: 600 })); // expect: cors/permissive-origin[warning]
app.use(express.json());

app.get('/api/boards', (_req, res) => {
  res.json(boards);
});

app.listen(3000);
