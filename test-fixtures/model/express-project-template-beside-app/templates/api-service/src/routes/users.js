const { Router } = require('express');
const jwt = require('jsonwebtoken');

const router = Router();
const SECRET = process.env.JWT_SECRET || 'change-me-in-the-generated-project';

router.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: req.body.email }, SECRET, { expiresIn: '30d' });
  res.json({ token });
});

router.get('/', async (req, res) => {
  res.json([]);
});

module.exports = router;
