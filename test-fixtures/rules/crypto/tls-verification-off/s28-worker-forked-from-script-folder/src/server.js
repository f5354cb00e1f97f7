const express = require('express');
const { fork } = require('child_process');
const path = require('path');

const app = express();
app.use(express.json({ limit: '100kb' }));

// each user script runs in a child process of its own (the sandbox), given the script and the target database
app.post('/api/scripts/run', (req, res) => {
  const child = fork(path.join(__dirname, 'services/script/worker/sandboxRunner.js'));
  child.once('message', (result) => {
    res.json(result);
    child.kill();
  });
  child.send({ code: String(req.body.code || ''), database: String(req.body.database || 'reports') });
});

app.listen(process.env.PORT || 3000);
