// beside the build, a route that picks the file from the request: code of its own that can fail per request
const express = require('express');
const path = require('path');

const app = express(); // expect: errors/global-handler-missing
app.use(express.static(path.join(__dirname, 'dist')));

app.get('/reports/:name', (req, res) => {
  res.sendFile(path.join(__dirname, 'reports', req.params.name + '.pdf'));
});

app.get('/*', (req, res) => {
  res.sendFile(path.join(__dirname, 'dist', 'index.html'));
});

app.listen(8080);
