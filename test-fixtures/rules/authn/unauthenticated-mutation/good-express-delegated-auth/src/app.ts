import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { Member } from './models/member';
import { checkInWithDeskCode, importCatalogue } from './services/checkin';

function requireMember(req: Request, res: Response, next: NextFunction) {
  try {
    (req as Request & { member?: unknown }).member = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET as string);
    next();
  } catch {
    res.status(401).json({ error: 'Sign in first' });
  }
}

const app = express();
app.use(express.json());

// public by design: the PIN is checked inside the model static
app.post('/members/sign-in', async (req, res) => {
  const token = await Member.signInWithCard(req.body);
  res.json({ token });
});

// public by design: the desk code is the credential, checked in the service
app.post('/visits/desk', async (req, res) => {
  const count = await checkInWithDeskCode(req.body.accessCode, req.body.email);
  res.json({ count });
});

// public by design: the service compares the sender's shared secret and answers 401
app.post('/hooks/catalogue', async (req, res) => {
  await importCatalogue(req.body);
  res.status(204).end();
});

// a POST used as a query: it looks something up and answers, nothing is written
app.post('/members/email-available', async (req, res) => {
  const taken = await Member.countDocuments({ email: String(req.body.email).toLowerCase() });
  res.json({ available: taken === 0 });
});

app.delete('/members/me/shelf', requireMember, async (req, res) => {
  await Member.updateOne({ _id: (req as Request & { member?: { sub: string } }).member?.sub }, { $set: { shelf: [] } });
  res.status(204).end();
});

app.listen(3000);
