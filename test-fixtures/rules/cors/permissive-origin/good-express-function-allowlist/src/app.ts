import cors from 'cors';
import express from 'express';

const boards = [{ id: 1, name: 'Roadmap' }];

const allowList = ['https://boards.example.com', 'https://admin.boards.example.com'];

const corsOptions: cors.CorsOptions = {
  origin(origin, callback) {
    // Requests without an Origin header (curl, server-to-server) are not CORS requests.
    if (!origin || allowList.includes(origin)) return callback(null, true);
    callback(new Error(`Origin ${origin} is not allowed`));
  },
  credentials: true,
};

const app = express();
app.use(cors(corsOptions));
app.use(express.json());

app.get('/api/boards', (_req, res) => {
  res.json(boards);
});

app.listen(3000);
