const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const REPORTS = path.join(__dirname, 'reports');

// a split on ',' keeps whatever separators each element carries: ?files=../../etc/passwd,x climbs out
app.get('/reports', (req, res) => {
  const first = String(req.query.files || '').split(',')[0];
  fs.readFile(path.join(REPORTS, first), 'utf8', (err, text) => { // expect: injection/path-traversal
    if (err) return res.status(404).end();
    res.type('text/plain').send(text);
  });
});

module.exports = app;
app.listen(3000);
