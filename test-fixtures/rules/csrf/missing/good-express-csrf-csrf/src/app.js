const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { doubleCsrf } = require('csrf-csrf');
const { redis } = require('./redis');
const { requireLogin } = require('./auth');

const { doubleCsrfProtection, generateToken } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  cookieName: '__Host-psifi.x-csrf-token',
});

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new RedisStore({ client: redis }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, maxAge: 3600000 },
}));
app.use(doubleCsrfProtection);

app.get('/form', (req, res) => res.json({ csrfToken: generateToken(req, res) }));
app.post('/posts', requireLogin, (req, res) => res.json({ owner: req.session.userId }));
app.listen(3000);
