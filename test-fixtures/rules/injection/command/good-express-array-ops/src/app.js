const express = require('express');
const { exec } = require('child_process');

const app = express();

// the request value leaves the list before the command is built
app.get('/disk', (req, res) => {
  const args = ['-h'];
  args.push(req.query.mount);
  args.pop();
  exec('df ' + args.join(' '), (err, out) => res.send(out));
});

// an item is read by index: the one at that index is a constant
app.get('/mem', (req, res) => {
  const opts = [];
  opts.push('-m');
  opts.push(req.query.unit);
  opts.push('-t');
  opts.shift();
  exec('free ' + opts[1], (err, out) => res.send(out));
});

// an item overwritten by index always runs
app.get('/load', (req, res) => {
  const parts = ['uptime', req.query.flag];
  parts[1] = '-p';
  exec(parts.join(' '), (err, out) => res.send(out));
});

// under a condition the item may stay: reported
app.get('/who', (req, res) => {
  const parts = ['who', req.query.flag];
  if (req.query.short) parts.pop();
  exec(parts.join(' '), (err, out) => res.send(out)); // expect: injection/command
});

app.listen(3000);
