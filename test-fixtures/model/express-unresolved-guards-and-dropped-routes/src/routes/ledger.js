const express = require('express');
const router = express.Router();
const store = require('../store');

router.post('/', async (req, res) => { // expect: errors/async-handler-unwrapped
  const entry = await store.insertEntry({ amount: req.body.amount, by: req.user.id }); // expect: validation/unvalidated-input
  res.status(201).json(entry);
});

module.exports = router;
