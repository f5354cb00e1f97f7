const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();

// the file exists on every request after the first: this read is paid each time
app.get('/reports/:name', (req, res) => {
  const file = path.join('reports', path.basename(req.params.name));
  if (fs.existsSync(file)) {
    return res.type('text').send(fs.readFileSync(file, 'utf8')); // expect: perf/sync-in-handler
  }
  res.status(404).end();
});

app.listen(5006);
