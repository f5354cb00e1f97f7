const crypto = require('crypto');

// Double-submit check, names handed in by the caller: the cookie must match the header.
function doubleSubmit(options = {}) {
  const { cookieName = 'rb_guard', headerName = 'x-rb-guard', skipMethods = ['GET', 'HEAD', 'OPTIONS'] } = options;
  return (req, res, next) => {
    if (skipMethods.includes(req.method)) return next();
    const fromCookie = req.cookies[cookieName];
    const fromHeader = req.headers[headerName];
    if (!fromCookie || !fromHeader) return res.status(403).json({ error: 'missing guard token' });
    const a = Buffer.from(String(fromCookie));
    const b = Buffer.from(String(fromHeader));
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
      return res.status(403).json({ error: 'guard token mismatch' });
    }
    next();
  };
}

// Only signed-in callers are checked; anyone else is handed on.
function checkCsrfWhenSignedIn(req, res, next) {
  if (!req.user) return next();
  const cookieToken = req.cookies['csrf-token'];
  const headerToken = req.headers['x-csrf-token'];
  if (!cookieToken || cookieToken !== headerToken) {
    return res.status(403).json({ error: 'csrf' });
  }
  next();
}

function hasSessionCookie(req) {
  return Boolean(req.cookies && req.cookies.sid);
}

// Origin must be ours, but only for requests that carry the session cookie.
function sameOrigin(req, res, next) {
  if (!hasSessionCookie(req)) return next();
  const origin = req.headers.origin;
  if (origin && origin === process.env.APP_ORIGIN) return next(); // expect: config/env-undocumented
  return res.status(403).json({ error: 'cross-site request refused' });
}

module.exports = { doubleSubmit, checkCsrfWhenSignedIn, sameOrigin };
