const express = require('express');
const session = require('cookie-session');

const app = express();
// cookie-session takes its cookie options at the top level: this nested cookie object is ignored
app.use(session({ // expect: session/cookie-flags
  name: 'sess',
  keys: [process.env.COOKIE_KEY],
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 24 * 60 * 60 * 1000 },
}));
app.get('/', (req, res) => res.json({ user: req.session.user || null }));
app.listen(3000);
