const express = require('express');

const app = express();
app.get('/health', (req, res) => res.json({ status: 'ok' }));
app.get('/echo', (req, res) => res.json({ q: req.query.q }));
app.listen(3000);
