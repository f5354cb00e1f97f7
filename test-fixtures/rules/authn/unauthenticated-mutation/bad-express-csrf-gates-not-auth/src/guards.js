const crypto = require('crypto');
const Tokens = require('csrf');
const jwt = require('jsonwebtoken');
const sessions = require('./sessions');

const tokens = new Tokens();

// who the caller is: a bearer token
function requireUser(req, res, next) {
  const bearer = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = jwt.verify(bearer, process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ message: 'sign in first' });
  }
}

// anti-forgery checks: each stops a cross-site form post, none says who is asking
function sameHeaderAndCookie(req, res, next) {
  const sent = req.headers['x-csrf-token'];
  const kept = req.cookies['csrf_token'];
  if (!sent || !kept || sent !== kept) return res.status(403).json({ message: 'bad csrf token' });
  return next();
}

function constantTimeDoubleSubmit(req, res, next) {
  const sent = req.headers['x-xsrf-token'] || '';
  const kept = req.cookies['XSRF-TOKEN'] || '';
  if (sent.length !== kept.length || !crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(kept))) {
    return res.status(403).json({ message: 'bad csrf token' });
  }
  return next();
}

function tokenAgainstSessionSecret(req, res, next) {
  const sent = req.headers['x-csrf-token'];
  if (!sent || !tokens.verify(req.session.csrfSecret, sent)) return res.status(403).json({ message: 'bad csrf token' });
  return next();
}

function signedDoubleSubmit(req, res, next) {
  const sent = req.headers['x-csrf-token'];
  const expected = crypto.createHmac('sha256', process.env.CSRF_KEY).update(req.cookies.sid || '').digest('hex');
  if (sent !== expected) return res.status(403).json({ message: 'bad csrf token' });
  return next();
}

// a session cookie looked up, then the anti-forgery token: this one does authenticate
async function sessionAndCsrf(req, res, next) {
  const session = await sessions.find(req.cookies.sid);
  if (!session) return res.status(401).json({ message: 'sign in first' });
  if (req.headers['x-csrf-token'] !== session.csrf) return res.status(403).json({ message: 'bad csrf token' });
  req.user = session.user;
  return next();
}

module.exports = { requireUser, sameHeaderAndCookie, constantTimeDoubleSubmit, tokenAgainstSessionSecret, signedDoubleSubmit, sessionAndCsrf };
