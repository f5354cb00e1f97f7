import { Router } from 'express';
import { z } from 'zod';
import { requireAuth } from '../middleware/requireAuth';

interface User {
  id: number;
  email: string;
  name: string;
}

const users: User[] = [];

const idParams = z.object({ id: z.coerce.number().int().positive() });
const newUser = z.object({ email: z.string().email(), name: z.string().min(1).max(100) });

export const usersRouter = Router();

// Router-level middleware: every route of this router requires a token.
usersRouter.use(requireAuth);

usersRouter.get('/', (_req, res) => {
  res.json(users);
});

usersRouter.get('/:id', (req, res) => {
  const { id } = idParams.parse(req.params);
  const user = users.find((u) => u.id === id);
  if (!user) {
    res.status(404).json({ error: 'Not found' });
    return;
  }
  res.json(user);
});

usersRouter.post('/', (req, res) => {
  const input = newUser.parse(req.body);
  const user = { id: users.length + 1, ...input };
  users.push(user);
  res.status(201).json(user);
});
