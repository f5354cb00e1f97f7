const crypto = require('crypto');
const express = require('express');
const morgan = require('morgan');

const app = express();
// every request gets its own id, carried to the logs and the error responses
app.use((req, res, next) => {
  req.correlationId = crypto.randomUUID();
  next();
});
morgan.token('cid', (req) => req.correlationId);
app.use(morgan(':cid :method :url :status'));
app.get('/holdings', (req, res) => res.json([]));
app.use((err, req, res, next) => res.status(500).json({ error: 'internal error', correlationId: req.correlationId }));
app.listen(3000);
