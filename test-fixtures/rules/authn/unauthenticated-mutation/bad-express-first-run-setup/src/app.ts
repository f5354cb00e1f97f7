import bcrypt from 'bcryptjs';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { db } from './db';
import { untilInstalled } from './install-gate';

function requireStaff(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.staff = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

const app = express();
app.use(express.json());

// Installation: the first owner may be created by anyone, but only while no owner exists.
app.post('/install/owner', async (req, res) => {
  const owner = await db.member.findFirst({ where: { level: 'OWNER' } });
  if (owner) {
    return res.status(403).json({ error: 'already installed' });
  }
  const hash = await bcrypt.hash(req.body.password, 12);
  const created = await db.member.create({ data: { email: req.body.email, hash, level: 'OWNER', role: 'admin' } });
  res.status(201).json({ id: created.id });
});

// The same idea with a count compared in the test.
app.post('/install/studio', async (req, res) => {
  const studios = await db.studio.count();
  if (studios > 0) return res.status(409).json({ error: 'a studio is configured already' });
  const studio = await db.studio.create({ data: { name: req.body.name } });
  await db.member.create({ data: { email: req.body.email, studioId: studio.id, role: 'admin' } });
  res.status(201).json({ id: studio.id });
});

// The check sits in a middleware on the route.
app.post('/install/admin', untilInstalled, async (req, res) => {
  await db.member.create({ data: { email: req.body.email, role: 'admin' } });
  res.status(201).end();
});

// Not a first-run check: the lookup is filtered by what the client sends (is this e-mail taken?),
// so every new e-mail gets an administrator account.
app.post('/join', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const taken = await db.member.findFirst({ where: { email: req.body.email } });
  if (taken) return res.status(409).json({ error: 'e-mail in use' });
  const hash = await bcrypt.hash(req.body.password, 12);
  await db.member.create({ data: { email: req.body.email, hash, role: 'admin' } });
  res.status(201).end();
});

// A lookup with no filter that rejects when nothing exists yet is the opposite of a first-run check.
app.post('/members/promote', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const settings = await db.settings.findFirst();
  if (!settings) return res.status(409).json({ error: 'not installed' });
  await db.member.update({ where: { id: req.body.id }, data: { role: 'admin' } });
  res.status(204).end();
});

app.delete('/photos/:id', requireStaff, async (req, res) => {
  await db.photo.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

app.listen(3000);
