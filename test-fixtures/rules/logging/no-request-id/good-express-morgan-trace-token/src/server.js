const crypto = require('crypto');
const express = require('express');
const morgan = require('morgan');

const app = express();
app.use((req, res, next) => {
  req.traceId = crypto.randomUUID();
  next();
});
morgan.token('trace', (req) => req.traceId);
app.use(morgan(':trace :method :url :status'));
app.get('/tickets', (req, res) => res.json([]));
app.listen(3000);
