const { startMonitoring } = require('./monitoring');
startMonitoring();

const express = require('express');

const app = express();
app.get('/api/refs/:id', (req, res) => res.json({ id: String(req.params.id) }));
app.listen(process.env.PORT || 3000);
