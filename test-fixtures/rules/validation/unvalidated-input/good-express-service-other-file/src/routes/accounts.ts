import { Router } from 'express';
import { createAccount, getAccount } from '../services/accounts';

export const accountsRouter = Router();

accountsRouter.post('/', async (req, res) => {
  const account = await createAccount(req.body);
  res.status(201).json(account);
});

accountsRouter.get('/:id', async (req, res) => {
  const account = await getAccount(req.params.id);
  if (!account) return res.status(404).json({ error: 'Not found' });
  res.json(account);
});
