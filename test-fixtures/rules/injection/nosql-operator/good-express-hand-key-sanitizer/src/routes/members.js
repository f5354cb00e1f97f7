const express = require('express');
const { Member } = require('../models');

const router = express.Router();

// the sanitiser mounted app-wide has removed any {"$ne": ...} the client sent in place of a string
router.post('/recover', async (req, res) => {
  const { email } = req.body;
  const member = await Member.findOne({ email });
  res.json({ sent: !!member });
});

router.get('/', async (req, res) => {
  res.json(await Member.find({ team: req.query.team }).limit(50));
});

module.exports = router;
