const crypto = require('crypto');

function requestId(req, res, next) {
  res.setHeader('x-request-id', crypto.randomUUID());
  next();
}

module.exports = { requestId };
