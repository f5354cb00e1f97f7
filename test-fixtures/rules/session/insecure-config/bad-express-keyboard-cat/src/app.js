const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ // expect: session/insecure-config
  secret: process.env.SESSION_SECRET || 'keyboard cat', // expect: session/insecure-config
  resave: false,
  saveUninitialized: true,
  cookie: { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' },
}));

app.get('/', (req, res) => res.send(req.session.user ? 'hi ' + req.session.user.name : 'hello'));
app.listen(3000);
