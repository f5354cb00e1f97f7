import express, { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) return res.status(401).end();
  try {
    (req as any).user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

app.post('/tickets', requireBearer, (req, res) => {
  res.status(201).json({ title: String(req.body.title).slice(0, 80) });
});

app.listen(3000);
