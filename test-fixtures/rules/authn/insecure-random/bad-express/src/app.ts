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
  // a record's id is a handle, not the access: the routes reading items check who asks
  const item = { id: Math.random().toString(36).substring(2, 10), title: req.body.title };
  await users.saveItem(item);
  res.status(201).json(item);
});

app.post('/items/:id/share', async (req, res) => {
  // whoever holds the link's id reads the item: that id is the access
  const shareId = Math.random().toString(36).substring(2, 10); // expect: authn/insecure-random[warning]
  await users.saveShare(req.params.id, shareId);
  res.status(201).json({ url: `/shared/${shareId}` });
});

export function generateOtp(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: authn/insecure-random
}

app.listen(3000);
