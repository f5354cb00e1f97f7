const express = require('express');
const passport = require('passport');

const app = express();
const noop = function () {};

app.get('/', (req, res) => res.render('home'));
app.get('/recipes/:id', (req, res) => res.render('recipe', { id: req.params.id }));
app.post('/recipes', (req, res) => res.redirect('/'));
// OAuth: passport answers with a redirect to the provider, the project's handler is empty
app.get('/auth/github', passport.authenticate('github'), noop);
app.get('/auth/github/callback', passport.authenticate('github', { failureRedirect: '/' }), (req, res) => res.redirect('/'));
app.get('/auth/logout', (req, res) => req.logout(() => res.redirect('/')));

app.listen(3000);
