const express = require('express');
const User = require('./user');
const { nameFilter } = require('./filters');

const app = express();
const LOG = require('fs').readFileSync('/var/log/app.log', 'utf8');

app.get('/users', async (req, res) => {
  res.json(await User.find(nameFilter(req.query.q)));
});

app.get('/logs', (req, res) => {
  const pattern = req.query.pattern;
  const hits = LOG.split('\n').filter((line) => line.match(pattern)); // expect: injection/regex
  res.json(hits);
});

app.get('/check', (req, res) => {
  const subject = `${req.query.subject}`;
  res.json({ at: subject.search(req.query.re) }); // expect: injection/regex
});

app.listen(3000);
