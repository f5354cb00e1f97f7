const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redis } = require('./redis');
const { requireLogin } = require('./auth');
const posts = require('./posts');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ // expect: csrf/missing
  store: new RedisStore({ client: redis }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, maxAge: 3600000 },
}));

app.post('/login', async (req, res) => {
  const user = await posts.db.users.check(req.body.email, req.body.password);
  if (!user) return res.status(401).send('no');
  req.session.userId = user.id;
  res.redirect('/');
});
app.post('/posts', requireLogin, posts.create);
app.post('/posts/:id/delete', requireLogin, posts.remove);
app.post('/account/email', (req, res) => {
  if (!req.session.userId) return res.status(401).send('login first');
  posts.db.users.update(req.session.userId, { email: req.body.email });
  res.redirect('/account');
});
app.listen(3000);
