const express = require('express');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const passport = require('./passport');
const links = require('./links');

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use(passport.initialize());

function setToken(res, token) {
  res.cookie('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', maxAge: 7 * 24 * 3600 * 1000 }); // expect: csrf/missing
}

app.post('/api/auth/login', async (req, res) => {
  const user = await links.login(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid' });
  setToken(res, jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '7d' }));
  res.json({ ok: true });
});
app.post('/api/links', passport.authenticate('jwt', { session: false }), async (req, res) => {
  res.json(await links.create(req.user.id, req.body.target));
});
app.listen(3000);
