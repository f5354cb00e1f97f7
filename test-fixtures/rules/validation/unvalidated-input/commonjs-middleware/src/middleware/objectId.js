const mongoose = require('mongoose');

// hand validation: rejects a malformed id before any handler sees it
module.exports = function validateObjectId(req, res, next) {
  if (!mongoose.isValidObjectId(req.params.id)) return res.status(400).json({ error: 'invalid id' });
  next();
};
