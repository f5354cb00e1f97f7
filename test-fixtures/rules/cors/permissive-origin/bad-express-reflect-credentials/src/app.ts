import cors from 'cors';
import express from 'express';

const boards = [{ id: 1, name: 'Roadmap' }];

// "Allow all origins for now" -- the callback accepts whatever the browser sends.
const corsOptions: cors.CorsOptions = {
  origin: (origin, callback) => callback(null, true),
  credentials: true,
};

const app = express();
app.use(cors(corsOptions)); // expect: cors/permissive-origin
app.use(express.json());

app.get('/api/boards', (_req, res) => {
  res.json(boards);
});

app.listen(3000);
