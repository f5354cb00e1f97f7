const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.use('/api/v1/payments/hook', require('./controllers/payments-hook'));
app.get('/api/v1/status', (req, res) => res.json({ up: true }));

module.exports = app;
