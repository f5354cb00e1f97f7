// the key check the server mounts
function requireApiKey(req, res, next) {
  if (req.get('x-api-key') !== process.env.INTERNAL_API_KEY) return res.sendStatus(401); // expect: authn/timing-unsafe-compare
  next();
}

// a signature check written beside it that nothing calls: only the default-export object lists it, and no file
// imports that object
function checkSignature(payload, signature) {
  return signature === require('crypto').createHmac('sha256', process.env.WEBHOOK_SECRET).update(payload).digest('hex');
}

module.exports = { requireApiKey };
module.exports.default = { requireApiKey, checkSignature };
