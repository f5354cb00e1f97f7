const express = require('express');
const { finishLogin } = require('./login');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/logout', (req, res) => {
  req.session = null;
  res.redirect(req.query.next); // expect: injection/open-redirect
});

app.post('/login', (req, res) => {
  // ... credentials checked ...
  finishLogin(res, req.body.returnTo);
});

// startsWith('/') alone lets //evil.example through
app.get('/continue', (req, res) => {
  const to = String(req.query.to);
  if (!to.startsWith('/')) return res.redirect('/');
  res.redirect(302, to); // expect: injection/open-redirect
});

app.get('/out', (req, res) => {
  res.location(req.query.url).sendStatus(302); // expect: injection/open-redirect
});

app.get('/legacy', (req, res) => {
  res.writeHead(301, { Location: `${req.query.site}/home` }); // expect: injection/open-redirect
  res.end();
});

app.get('/sso', (req, res) => {
  res.setHeader('Location', req.query.return_url); // expect: injection/open-redirect
  res.status(302).end();
});

app.listen(3000);
