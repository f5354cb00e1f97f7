const express = require('express');
const path = require('path');
const { spawn } = require('child_process');

const app = express();
const ROOT = '/srv/workspaces';

// the client's folder is only the working directory: the shell parses the fixed command line
app.post('/workspaces/:ws/build', (req, res) => {
  const child = spawn('npm run build', [], { cwd: path.join(ROOT, req.params.ws), shell: true });
  child.on('close', (code) => res.json({ code }));
});

// the client's text is part of the command line the shell parses
app.post('/workspaces/:ws/grep', (req, res) => {
  const child = spawn(`grep -r ${req.query.q} .`, [], { cwd: ROOT, shell: true }); // expect: injection/command
  child.on('close', (code) => res.json({ code }));
});

app.listen(3000);
