const express = require('express');
const { requireAuth } = require('./auth');

const app = express();
app.use(express.json());
app.use('/items', requireAuth);
app.get('/items', (req, res) => res.json([]));
app.post('/items', (req, res) => res.status(201).json({ name: String(req.body.name || '').slice(0, 80) }));
app.listen(3000);
