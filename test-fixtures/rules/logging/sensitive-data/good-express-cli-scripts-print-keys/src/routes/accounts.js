const express = require('express');
const { newApiKey, hashKey } = require('../lib/keys');
const { store } = require('../lib/store');

const router = express.Router();

router.post('/:owner/keys', (req, res) => {
  const apiKey = newApiKey();
  store.saveKey(req.params.owner, hashKey(apiKey));
  res.status(201).json({ apiKey });
});

module.exports = router;
