const express = require('express');

const app = express(); // expect: observability/health-missing
app.use(express.json());
app.get('/items', (req, res) => res.json([]));
app.post('/items', (req, res) => res.status(201).json(req.body));

module.exports = app;
