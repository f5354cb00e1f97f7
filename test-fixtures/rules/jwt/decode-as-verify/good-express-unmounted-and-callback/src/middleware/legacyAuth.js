const jwt = require('jsonwebtoken');

// Left over from an older version: exported, but no route or app mounts it.
function legacyGate(req, res, next) {
  const raw = req.headers.authorization;
  if (!raw) return res.status(401).send({ message: 'no token' });
  const claims = jwt.decode(raw.replace('Bearer ', ''));
  if (!claims) return res.status(401).send({ message: 'bad token' });
  req.accountId = claims.sub;
  next();
}

// decode() is synchronous and never calls a function given to it: the callback below never runs,
// so this middleware can never let a request through.
function callbackGate(req, res, next) {
  const raw = req.headers.authorization;
  if (!raw) return res.status(403).send({ message: 'no token' });
  jwt.decode(raw, (err, claims) => {
    if (err) return res.status(401).send({ message: 'bad token' });
    req.accountId = claims.sub;
    next();
  });
}

module.exports = { legacyGate, callbackGate };
