const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());
const SECRET = process.env.JWT_SECRET;

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/auth/login', (req, res) => {
  const accessToken = jwt.sign({ sub: String(req.body.email) }, SECRET, { expiresIn: '15m' });
  res.json({ accessToken });
});

// the workflow runner calls back into the API with a token of its own
function runnerToken(workflowId) {
  return jwt.sign({ sub: 'runner', workflowId }, SECRET);
}

app.post('/workflows/:id/run', requireUser, (req, res) => {
  res.json({ queued: true, callbackToken: runnerToken(req.params.id) });
});

app.get('/secrets/:secretName(*)', requireUser, (req, res) => {
  res.json({ name: req.params.secretName });
});

app.listen(4400);
