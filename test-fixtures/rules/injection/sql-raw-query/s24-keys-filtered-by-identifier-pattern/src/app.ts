import express from 'express';
import { Model } from './model';

const surveys = new Model('surveys');
const app = express();
app.use(express.json());

app.post('/surveys', async (req, res) => {
  res.status(201).json(await surveys.create(req.body));
});

app.patch('/surveys/:id', async (req, res) => {
  await surveys.patch(req.params.id, req.body);
  res.status(204).end();
});

app.put('/surveys/:id', async (req, res) => {
  await surveys.replace(req.params.id, req.body);
  res.status(204).end();
});

app.listen(3000);
