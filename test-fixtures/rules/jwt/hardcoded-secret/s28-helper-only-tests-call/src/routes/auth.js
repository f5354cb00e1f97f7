const express = require('express');
const { signSession } = require('../lib/session');
const { findUser } = require('../lib/users');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await findUser(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ token: signSession(user.id) });
});

module.exports = router;
