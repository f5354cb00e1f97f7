const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const { validate } = require('./validate');
const { SignUpSchema, StaffSchema } = require('./schemas');

const Account = mongoose.model('Account', new mongoose.Schema({ email: String, password: String, role: String }));
const app = express();
app.use(express.json());

function auth(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// sign-up: the schema lets the client pick one of the two ordinary roles only
app.post('/api/auth/register', validate(SignUpSchema), async (req, res) => {
  const account = new Account({ email: req.body.email, password: await bcrypt.hash(req.body.password, 12), role: req.body.role });
  await account.save();
  res.status(201).json({ id: account.id });
});

// the same shape, but the enum lets a caller pick ADMIN
app.post('/api/auth/register-staff', validate(StaffSchema), async (req, res) => { // expect: authn/unauthenticated-mutation
  const account = new Account({ email: req.body.email, password: await bcrypt.hash(req.body.password, 12), role: req.body.role });
  await account.save();
  res.status(201).json({ id: account.id });
});

app.get('/api/me', auth, (req, res) => res.json(req.user));
app.listen(3000);
