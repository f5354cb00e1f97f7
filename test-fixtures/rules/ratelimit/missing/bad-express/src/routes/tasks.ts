import { Router } from 'express';

const tasks: { id: number; title: string }[] = [];

export const tasksRouter = Router();

tasksRouter.get('/', (_req, res) => {
  res.json(tasks);
});

tasksRouter.post('/', (req, res) => {
  const task = { id: tasks.length + 1, title: String(req.body.title).slice(0, 200) };
  tasks.push(task);
  res.status(201).json(task);
});
