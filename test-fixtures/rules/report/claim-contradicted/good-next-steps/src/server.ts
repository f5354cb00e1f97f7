import express from 'express';

const app = express();
app.use(express.json());

app.get('/todos', (_req, res) => res.json([]));

app.listen(3000);
