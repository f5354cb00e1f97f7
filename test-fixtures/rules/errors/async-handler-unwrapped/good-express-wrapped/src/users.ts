import { Router } from 'express';
import asyncHandler from 'express-async-handler';
import { catchAsync } from './async';
import { db } from './db';

export const users = Router();

users.get('/:id', asyncHandler(async (req, res) => {
  const user = await db.findUser(req.params.id);
  res.json(user);
}));

users.post('/', catchAsync(async (req, res) => {
  const user = await db.saveUser({ name: String(req.body.name) });
  res.status(201).json(user);
}));

users.put('/:id', async (req, res, next) => {
  try {
    const user = await db.saveUser({ name: String(req.body.name) });
    res.json(user);
  } catch (err) {
    next(err);
  }
});
