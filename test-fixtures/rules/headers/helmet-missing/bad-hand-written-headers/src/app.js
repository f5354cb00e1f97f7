const express = require('express');

const app = express(); // expect: headers/helmet-missing

// one header only: no CSP, no frame protection, no HSTS
app.use((req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
});

app.get('/api/notes', (req, res) => res.json([]));
app.listen(3000);
