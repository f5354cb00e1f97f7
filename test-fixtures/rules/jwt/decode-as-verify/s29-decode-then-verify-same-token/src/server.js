const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const APPS = { a1: { secret: process.env.APP_A1_SECRET }, a2: { secret: process.env.APP_A2_SECRET } };

// the token is read only to find which app's secret signs it, then verified with that secret
function optionalAuth(req, res, next) {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) return next();
  const token = header.substring(7);
  const decoded = jwt.decode(token);
  if (!decoded || !decoded.appId || !APPS[decoded.appId]) return next();
  try {
    const verified = jwt.verify(token, APPS[decoded.appId].secret);
    req.user = { id: verified.sub, appId: verified.appId };
  } catch (e) {
    // a bad signature: the caller stays anonymous
  }
  next();
}

// the decoded claims become the caller: no signature checked
function trustingAuth(req, res, next) {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ error: 'unauthorized' });
  const claims = jwt.decode(header.substring(7)); // expect: jwt/decode-as-verify
  if (!claims) return res.status(401).json({ error: 'unauthorized' });
  req.user = { id: claims.sub };
  next();
}

app.get('/feed', optionalAuth, (req, res) => res.json({ user: req.user || null }));
app.get('/me', trustingAuth, (req, res) => res.json(req.user));
app.listen(3000);
