import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { users } from './users';

export const auth = Router();

auth.post('/login', async (req, res) => {
  const user = await users.check(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id }, 'keyboard cat', { expiresIn: '15m' }); // expect: jwt/hardcoded-secret
  res.json({ token });
});
