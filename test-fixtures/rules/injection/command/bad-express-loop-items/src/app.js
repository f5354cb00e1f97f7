const express = require('express');
const { exec } = require('child_process');

const app = express();
app.use(express.json());

// the body's keys are the client's to choose
app.post('/env', (req, res) => {
  for (const name in req.body) {
    exec('printenv ' + name); // expect: injection/command
  }
  res.sendStatus(204);
});

// so is every host in the list
app.post('/ping-all', (req, res) => {
  for (const host of req.body.hosts) {
    exec(`ping -c 1 ${host}`); // expect: injection/command
  }
  res.sendStatus(204);
});

// a fixed list of commands is not input
app.post('/health', (req, res) => {
  for (const cmd of ['uptime', 'df -h']) {
    exec(cmd);
  }
  if (false) {
    exec(req.body.debug);
  }
  res.sendStatus(204);
});

app.listen(3000);
