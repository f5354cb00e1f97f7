import express from 'express';
import { updateTask, setField } from './db';

const app = express();
app.use(express.json());

app.patch('/tasks/:id', async (req, res) => {
  await updateTask(req.params.id, req.body);
  res.status(204).end();
});

app.patch('/tasks/:id/field', async (req, res) => {
  await setField(req.params.id, req.body);
  res.status(204).end();
});

app.listen(3000);
