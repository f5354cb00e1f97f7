const express = require('express');

const router = express.Router();
const wishes = new Map();

router.delete('/:id', (req, res) => { // expect: authn/unauthenticated-mutation
  wishes.delete(req.params.id);
  res.status(204).end();
});

module.exports = router;
