import express from 'express';
import { users } from './users';

const app = express();
app.use(express.json());

app.post('/forgot', async (req, res) => {
  const resetToken = Math.random().toString(36).slice(2); // expect: authn/insecure-random
  await users.setResetToken(req.body.email, resetToken);
  res.sendStatus(202);
});

app.post('/items', async (req, res) => {
  const item = { id: Math.random().toString(36).substring(2, 10), title: req.body.title }; // expect: authn/insecure-random[warning]
  await users.saveItem(item);
  res.status(201).json(item);
});

export function generateOtp(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: authn/insecure-random
}

app.listen(3000);
