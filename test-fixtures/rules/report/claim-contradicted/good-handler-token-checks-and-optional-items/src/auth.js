const jwt = require('jsonwebtoken');

// Answers the caller's identity, or null when the bearer token is missing, expired or not signed by us.
async function identify(header) {
  if (!header || !header.startsWith('Bearer ')) return null;
  try {
    const claims = jwt.verify(header.slice(7), process.env.ID_TOKEN_SECRET, { algorithms: ['HS256'] });
    return { id: claims.sub };
  } catch {
    return null;
  }
}

module.exports = { identify };
