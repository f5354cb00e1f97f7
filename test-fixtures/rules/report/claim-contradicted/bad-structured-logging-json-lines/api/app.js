const express = require('express');

const app = express();

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    const line = { level: 'info', method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started };
    console.log(JSON.stringify(line));
  });
  next();
});

app.get('/kiosks', (_req, res) => res.json([]));

app.listen(3000);
