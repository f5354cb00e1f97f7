import express from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

const members = new Map<string, { id: string; name: string; active: boolean }>();
const NewMember = z.object({ name: z.string().min(1).max(80) });

// the token is verified, then the member it names is looked up again on every request
function requireMember(req: express.Request, res: express.Response, next: express.NextFunction) {
  try {
    const { sub } = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!) as { sub: string };
    const member = members.get(sub);
    if (!member || !member.active) return res.status(401).json({ error: 'account closed' });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

const app = express();
app.use(express.json());

app.post('/members', requireMember, (req, res) => {
  const { name } = NewMember.parse(req.body);
  const member = { id: crypto.randomUUID(), name, active: true };
  members.set(member.id, member);
  res.status(201).json(member);
});

app.patch('/members/:id', requireMember, (req, res) => {
  const member = members.get(req.params.id);
  if (!member) return res.status(404).end();
  member.name = req.body.name;
  res.json(member);
});

app.listen(3000);
