import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

function requireAuth(req: express.Request, res: express.Response, next: express.NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return res.status(401).json({ error: 'unauthenticated' });
  try {
    (req as any).user = jwt.verify(header.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthenticated' });
  }
}

app.post('/api/orders', requireAuth, (req, res) => res.status(201).json({ owner: (req as any).user.sub, items: req.body.items }));
app.listen(3000);
