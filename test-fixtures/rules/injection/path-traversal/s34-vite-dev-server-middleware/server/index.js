const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const reports = path.join(__dirname, 'reports');

app.get('/api/reports/:name', (req, res) => {
  const file = path.join(reports, req.params.name);
  res.send(fs.readFileSync(file, 'utf8')); // expect: injection/path-traversal
});

app.listen(process.env.PORT || 4000);
