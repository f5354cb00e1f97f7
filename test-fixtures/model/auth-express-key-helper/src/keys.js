const accounts = new Map(); // personal access key -> account, loaded at start

// the key cut out of "Authorization: Bearer <key>"
function bearerKeyOf(req) {
  return req.headers.authorization?.split('Bearer ')[1];
}

function accountForKey(key) {
  return accounts.get(key);
}

// the key looked up: only a caller holding a known key gets through
async function requireAccessKey(req, res, next) {
  const key = bearerKeyOf(req);
  if (!key) return res.sendStatus(401);
  const account = await accountForKey(key);
  if (!account) return res.sendStatus(401);
  req.account = account;
  next();
}

// not authentication: any bearer text passes
function requireSomeBearer(req, res, next) {
  const key = bearerKeyOf(req);
  if (!key) return res.sendStatus(401);
  next();
}

module.exports = { requireAccessKey, requireSomeBearer };
