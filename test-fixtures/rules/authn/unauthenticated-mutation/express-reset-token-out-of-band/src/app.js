const express = require('express');
const jwt = require('jsonwebtoken');
const { Patient } = require('./models');

const app = express();
app.use(express.json());

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.delete('/patients/:id', requireAuth, async (req, res) => {
  await Patient.deleteOne({ _id: req.params.id, clinic: req.user.clinic });
  res.status(204).end();
});

// the reset token is only printed for the operator (a mail service is to come): the caller gets a fixed message
app.post('/auth/forgot-password', async (req, res) => {
  const account = await Patient.findOne({ email: req.body.email });
  if (!account) return res.json({ message: 'If the address exists, a link was sent' });
  const resetToken = jwt.sign({ userId: account.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  console.log(`reset token for ${req.body.email}: ${resetToken}`);
  return res.json({ message: 'If the address exists, a link was sent' });
});

// the same token handed back in the answer: anyone gets a reset token for any address
app.post('/auth/reset-token', async (req, res) => { // expect: authn/unauthenticated-mutation
  const account = await Patient.findOne({ email: req.body.email });
  if (!account) return res.status(404).end();
  const resetToken = jwt.sign({ userId: account.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  console.log(`reset token issued for ${req.body.email}`);
  return res.json({ resetToken });
});

// a token for the account set as a cookie: a session for someone else
app.post('/auth/as', async (req, res) => { // expect: authn/unauthenticated-mutation
  const session = jwt.sign({ sub: req.body.userId }, process.env.JWT_SECRET);
  res.cookie('session', session, { httpOnly: true });
  res.status(204).end();
});

app.listen(3000);
