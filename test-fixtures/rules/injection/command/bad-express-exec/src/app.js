const express = require('express');
const { exec, execSync, spawn } = require('child_process');
const { pingHost } = require('./net');

const app = express();

app.get('/dig', (req, res) => {
  const domain = req.query.domain;
  exec(`dig +short ${domain}`, (err, out) => res.send(out)); // expect: injection/command
});

app.post('/archive', (req, res) => {
  const name = req.body.name.trim();
  execSync('tar czf /tmp/' + name + '.tgz /srv/data'); // expect: injection/command
  res.sendStatus(204);
});

app.get('/ping', async (req, res) => {
  res.json(await pingHost(req.query.host));
});

app.get('/grep', (req, res) => {
  const child = spawn('grep', ['-r', req.query.q, '/srv/logs'], { shell: true }); // expect: injection/command
  child.stdout.pipe(res);
});

app.get('/sh', (req, res) => {
  spawn('sh', ['-c', 'ls ' + req.query.dir]).stdout.pipe(res); // expect: injection/command
});

app.listen(3000);
