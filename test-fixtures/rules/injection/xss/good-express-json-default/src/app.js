const express = require('express');

const app = express();

// every response of this API is JSON: a string body is not answered as HTML
app.use((req, res, next) => {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  next();
});

app.get('/echo', (req, res) => {
  res.send(JSON.stringify({ echo: req.query.text }));
});

app.listen(3000);
