import { Router } from 'express';
import { db } from './db';

export const users = Router();

users.get('/:id', async (req, res) => { // expect: errors/async-handler-unwrapped
  const user = await db.findUser(req.params.id);
  res.json(user);
});

async function createUser(req, res) {
  const user = await db.saveUser({ name: String(req.body.name) });
  res.status(201).json(user);
}
users.post('/', createUser); // expect: errors/async-handler-unwrapped
