const express = require('express');
const morgan = require('morgan');

const app = express();
// one JSON object per request line, for the log collector
app.use(morgan((tokens, req, res) => JSON.stringify({
  method: tokens.method(req, res),
  path: tokens.url(req, res),
  status: Number(tokens.status(req, res)),
  ms: Number(tokens['response-time'](req, res)),
})));

app.get('/courses', (_req, res) => res.json([]));

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ message: 'Server error' });
});

app.listen(4000);
