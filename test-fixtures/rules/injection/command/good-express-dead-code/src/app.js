const express = require('express');
const { exec } = require('child_process');

const app = express();

// the input is replaced before the command is built
app.get('/logs/:service', (req, res) => {
  const opts = { lines: '50', service: req.params.service };
  opts.service = 'api';
  exec(`journalctl -n ${opts.lines} -u ${opts.service}`, (err, out) => res.type('text').send(out));
});

app.get('/disk/:mount', (req, res) => {
  let mount = req.params.mount;
  mount = '/';
  exec('df -h ' + mount, (err, out) => res.type('text').send(out));
});

// a branch whose condition is always false never runs
app.get('/uptime', (req, res) => {
  let cmd = 'uptime';
  if (1 > 2) {
    cmd = req.query.cmd;
  }
  const flags = 0 ? req.query.flags : '-p';
  exec(cmd + ' ' + flags, (err, out) => res.type('text').send(out));
});

app.listen(3000);
