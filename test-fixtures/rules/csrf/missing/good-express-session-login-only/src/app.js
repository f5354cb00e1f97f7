const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const bcrypt = require('bcrypt');
const { redis, users } = require('./db');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// the only form: signing in (reading pages needs the session, changing nothing does)
app.post('/login', async (req, res) => {
  const user = await users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).send('invalid');
  req.session.userId = user.id;
  res.redirect('/');
});
app.get('/', (req, res) => res.send(req.session.userId ? 'welcome back' : 'please sign in'));
app.listen(3000);
