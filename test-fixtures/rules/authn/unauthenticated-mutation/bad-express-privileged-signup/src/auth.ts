import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { prisma } from './db';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

export const auth = Router();

// An ordinary sign-up: the role is fixed by the server.
auth.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({ data: { email, passwordHash, role: 'patient' }, select: { id: true, role: true } });
  res.status(201).json(user);
});

// Named like a sign-up, but it makes administrators for anyone who asks.
auth.post('/register-admin', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const { email, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({ data: { email, passwordHash, role: 'admin' } });
  res.status(201).json({ id: user.id });
});

// The client picks its own role through a helper in another file.
auth.post('/signup', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const id = await createStaff(req.body);
  res.status(201).json({ id });
});

async function createStaff(input: { email: string; password: string; role: string }) {
  const passwordHash = await bcrypt.hash(input.password, 12);
  const user = await prisma.user.create({ data: { email: input.email, passwordHash, role: input.role } });
  return user.id;
}

auth.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: req.body.email } });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' }) });
});

// "verify" in the path does not make a route public: this one changes settings and checks nothing.
auth.post('/verify-settings', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await prisma.settings.update({ where: { id: 1 }, data: { requireEmailVerification: Boolean(req.body.on) } });
  res.status(204).end();
});

// A "login" that makes an administrator for any email it is given.
auth.post('/desk/login', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const staff = (await prisma.user.findUnique({ where: { email: req.body.email } }))
    ?? (await prisma.user.create({ data: { email: req.body.email, role: 'ADMIN' } }));
  res.json({ token: jwt.sign({ sub: staff.id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' }) });
});

// An administrator invitation, signed by an administrator, authorises the admin role it grants.
auth.post('/invitations/accept', async (req, res) => {
  const invite = jwt.verify(req.body.token, process.env.INVITE_SECRET as string, { algorithms: ['HS256'] }) as { email: string };
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  await prisma.user.create({ data: { email: invite.email, passwordHash, role: 'admin' } });
  res.status(201).end();
});

// Work created for the signed-in user is no sign-up, whatever the model is called.
auth.post('/accounts', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const account = await prisma.account.create({ data: { name: req.body.name, userId: res.locals.user?.sub } });
  res.status(201).json(account);
});
