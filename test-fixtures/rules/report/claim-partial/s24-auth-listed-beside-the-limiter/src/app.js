import express from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));

const users = new Map();

function authenticate(req, res, next) {
  try {
    req.user = jwt.verify((req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/api/auth/login', async (req, res) => {
  const user = users.get(String(req.body.email));
  if (!user || !(await bcrypt.compare(String(req.body.password), user.hash))) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

app.get('/api/profile', authenticate, (req, res) => res.json({ id: req.user.sub }));

app.listen(3000);
