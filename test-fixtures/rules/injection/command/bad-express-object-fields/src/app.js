const express = require('express');
const { exec } = require('child_process');

const app = express();

// a field written with the input after the object was built
app.get('/logs/:service', (req, res) => {
  const opts = { lines: '50', service: 'api' };
  opts.service = req.params.service;
  exec(`journalctl -n ${opts.lines} -u ${opts.service}`, (err, out) => res.type('text').send(out)); // expect: injection/command
});

app.get('/disk/:mount', (req, res) => {
  const target = { path: '/' };
  target['path'] = req.params.mount;
  const path = target.path;
  exec('df -h ' + path, (err, out) => res.type('text').send(out)); // expect: injection/command
});

// replaced only when a flag is set: otherwise still the input
app.get('/dns', (req, res) => {
  const q = { host: req.query.host };
  if (req.query.local) q.host = 'localhost';
  exec('nslookup ' + q.host, (err, out) => res.type('text').send(out)); // expect: injection/command
});

app.listen(3000);
