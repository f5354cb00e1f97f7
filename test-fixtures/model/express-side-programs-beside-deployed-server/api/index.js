const express = require('express');
const serverless = require('serverless-http');
const statusRoutes = require('../src/api/routes/status');

const app = express();
app.use(express.json({ limit: '10mb' }));
app.use('/api/status', statusRoutes);
app.get('/api/ping', (req, res) => res.json({ ok: true }));

module.exports = serverless(app);
