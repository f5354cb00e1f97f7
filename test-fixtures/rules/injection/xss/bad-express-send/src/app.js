const express = require('express');
const { profileCard, sendPage } = require('./pages');

const app = express();

app.get('/hello', (req, res) => {
  res.send('<h1>Hello ' + req.query.name + '</h1>'); // expect: injection/xss
});

// no markup, but Express answers a string as text/html
app.get('/items/:id', (req, res) => {
  res.status(404).send(`No item ${req.params.id}`); // expect: injection/xss
});

app.get('/card', (req, res) => {
  const user = req.query.user;
  res.send(profileCard(user)); // expect: injection/xss
});

app.get('/search', (req, res) => {
  sendPage(res, req.query.q);
});

app.get('/raw', (req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(req.query.body); // expect: injection/xss
});

app.get('/stream', (req, res) => {
  res.write(`<li>${req.query.item}</li>`); // expect: injection/xss
  res.end();
});

app.listen(3000);
