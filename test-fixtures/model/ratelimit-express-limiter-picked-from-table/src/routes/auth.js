const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const users = require('../users');

const router = express.Router();

router.post('/register', async (req, res) => { // expect: errors/async-handler-unwrapped
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string' || password.length < 10) return res.status(400).json({ error: 'invalid' });
  const user = await users.create({ email, passwordHash: await bcrypt.hash(password, 12) });
  res.status(201).json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' }) }); // expect: config/env-undocumented, jwt/long-expiry
});

router.post('/login', async (req, res) => { // expect: errors/async-handler-unwrapped
  const { email, password } = req.body; // expect: validation/unvalidated-input
  const user = await users.findByEmail(String(email));
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' }) }); // expect: jwt/long-expiry
});

module.exports = router;
