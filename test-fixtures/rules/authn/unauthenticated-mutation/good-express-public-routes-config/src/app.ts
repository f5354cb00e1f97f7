import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

const Message = z.object({ email: z.string().email(), text: z.string().max(2000) });

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '');
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

const app = express();
app.use(express.json());

app.post('/api/contact', (req, res) => {
  const msg = Message.parse(req.body);
  res.status(202).json({ queued: msg.email });
});

app.delete('/api/messages/:id', requireAuth, (req, res) => {
  res.status(204).end();
});

app.listen(3000);
