const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');
const { storeToken } = require('./utils/redis');

const app = express();
app.use(express.json());

const isDevTunnels = process.env.DEV_TUNNELS === 'true';
const cookieSecure = process.env.NODE_ENV === 'production' || isDevTunnels;
// Lax everywhere but behind a dev tunnel, where the browser needs None to send the cookie cross-site
const cookieSameSite = isDevTunnels && cookieSecure ? 'none' : 'lax';

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: cookieSecure, httpOnly: true, sameSite: cookieSameSite },
}));

app.post('/api/login', async (req, res) => {
  const userId = String(req.body.email);
  const token = jwt.sign({ sub: userId }, process.env.JWT_SECRET, { expiresIn: '24h' });
  await storeToken(userId, token);
  req.session.userId = userId;
  res.json({ token });
});

app.listen(3000);
