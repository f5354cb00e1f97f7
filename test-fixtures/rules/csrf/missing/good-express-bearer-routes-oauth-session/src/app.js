const express = require('express');
const cookieSession = require('cookie-session');
const passport = require('passport');
const { bearer } = require('./guard');
const store = require('./store');

const app = express();
// the cookie only carries the OAuth handshake; no API route reads it
app.use(cookieSession({ name: 'oauth-handshake', keys: [process.env.COOKIE_KEY], maxAge: 10 * 60 * 1000 }));
app.use(passport.initialize());
app.use(passport.session());
app.use(express.json());

app.get('/oauth/github', passport.authenticate('github'));
app.post('/api/projects', bearer, async (req, res) => {
  await store.addProject(req.user.sub, req.body.name);
  res.status(201).end();
});
app.post('/api/projects/:id/archive', bearer, async (req, res) => {
  await store.archive(req.params.id, req.user.sub);
  res.json({ archived: true });
});
app.listen(3000);
