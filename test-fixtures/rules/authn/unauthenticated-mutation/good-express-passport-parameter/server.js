const express = require('express');
const session = require('express-session');
const passport = require('passport');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
require('./setup/strategies')(passport);
app.use(passport.initialize());
app.use(passport.session());
require('./setup/routes')(app, passport);
app.listen(3000);
