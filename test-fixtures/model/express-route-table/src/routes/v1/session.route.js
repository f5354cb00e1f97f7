const express = require('express');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');

const router = express.Router();
const accounts = new Map();

router.post('/sign-in', async (req, res) => { // expect: errors/async-handler-unwrapped
  const account = accounts.get(String(req.body.email)); // expect: validation/unvalidated-input
  if (!account || !(await bcrypt.compare(String(req.body.password), account.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  return res.json({ token: jwt.sign({ sub: account.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) }); // expect: config/env-undocumented
});
router.post('/sign-out', (req, res) => res.clearCookie('session').status(204).end());

module.exports = router;
