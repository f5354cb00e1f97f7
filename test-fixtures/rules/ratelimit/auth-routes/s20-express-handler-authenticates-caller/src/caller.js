const jwt = require('jsonwebtoken');

const accounts = new Map();

// the signed-in account the bearer token names, or null
async function callerFromBearer(req) {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) return null;
  try {
    const claims = jwt.verify(header.slice(7), process.env.TOKEN_SECRET);
    return accounts.get(claims.sub) || null;
  } catch (e) {
    return null;
  }
}

// answers 401 itself when there is no signed-in account
async function signedInOr401(req, res) {
  const account = await callerFromBearer(req);
  if (!account) {
    res.status(401).json({ error: 'Unauthorized' });
    return null;
  }
  return account;
}

module.exports = { accounts, callerFromBearer, signedInOr401 };
