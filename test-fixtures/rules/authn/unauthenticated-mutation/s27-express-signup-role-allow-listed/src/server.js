const express = require('express');
const { body, validationResult } = require('express-validator');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String, roles: [String] }));
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

// sign-up: the client picks between the two ordinary roles, nothing else passes validation
app.post(
  '/api/auth/register',
  [body('email').isEmail(), body('password').isLength({ min: 8 }), body('roles').optional().isArray(), body('roles.*').isIn(['freelancer', 'client'])],
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
    const user = new User({ email: req.body.email, password: await bcrypt.hash(req.body.password, 12), roles: req.body.roles });
    await user.save();
    res.status(201).json({ id: user.id });
  }
);

// the same shape, but the list lets a caller pick admin
app.post( // expect: authn/unauthenticated-mutation
  '/api/auth/register-staff',
  [body('email').isEmail(), body('password').isLength({ min: 8 }), body('roles.*').isIn(['client', 'admin'])],
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
    const user = new User({ email: req.body.email, password: await bcrypt.hash(req.body.password, 12), roles: req.body.roles });
    await user.save();
    res.status(201).json({ id: user.id });
  }
);

app.get('/api/me', auth, (req, res) => res.json(req.user));
app.listen(3000);
