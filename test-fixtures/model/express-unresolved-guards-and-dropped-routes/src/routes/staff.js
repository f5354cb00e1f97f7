const express = require('express');
const router = express.Router();
const store = require('../store');
const verifyToken = require('../middleware/guards');
const onlyOwner = require('../middleware/ownerOnly');

router.delete('/:id', verifyToken, onlyOwner, async (req, res) => { // expect: errors/async-handler-unwrapped
  await store.removeStaff(req.params.id);
  res.status(204).end();
});

module.exports = router;
