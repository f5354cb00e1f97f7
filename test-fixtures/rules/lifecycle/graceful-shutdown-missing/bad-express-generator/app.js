const express = require('express');
const logger = require('morgan');

const app = express();
app.use(logger('dev'));
app.use(express.json());

app.get('/books', (req, res) => res.json([{ id: 1, title: 'Dune' }]));

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;
