const express = require('express');

const hook = express();

// a sub-app of its own (raw body for the signature), exported as the value its registration returns
module.exports = hook.post('/', express.raw({ type: 'application/json' }), (req, res) => {
  res.json({ received: Buffer.isBuffer(req.body) });
});
