const express = require('express');
const cookieSession = require('cookie-session');
const notes = require('./notes');

const app = express();
app.use(express.urlencoded({ extended: false }));
// no SameSite attribute, no CSRF token: a signed-in browser posts whatever another site's form sends
app.use(cookieSession({ name: 'sid', keys: [process.env.COOKIE_KEY], httpOnly: true })); // expect: csrf/missing
app.use('/notes', notes);
app.listen(3000);
