import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

function issue(userId) {
  const access = jwt.sign({ sub: userId }, process.env.JWT_SECRET, { expiresIn: '15m' });
  const refresh = jwt.sign({ sub: userId, kind: 'refresh' }, process.env.JWT_REFRESH_SECRET, { expiresIn: '7d' });
  return { access, refresh };
}

app.post('/auth/login', (req, res) => {
  if (typeof req.body.user !== 'string') return res.status(400).end();
  res.json(issue(req.body.user));
});

app.listen(3000);
