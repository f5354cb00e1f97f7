import argon2 from 'argon2';
import { Router } from 'express';

const guests = new Map<string, { name: string; hash: string }>();
export const accountRouter = Router();

accountRouter.post('/sign-in', async (req, res) => {
  const guest = guests.get(String(req.body.name));
  if (!guest || !(await argon2.verify(guest.hash, String(req.body.password)))) {
    return res.status(401).render('sign-in', { error: 'Wrong name or password' });
  }
  req.session.regenerate(() => {
    req.session.guest = guest.name;
    res.redirect('/');
  });
});
