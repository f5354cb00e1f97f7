const express = require('express');

const app = express();
app.get('/echo', (req, res) => res.json({ env: process.env.NODE_ENV, q: req.query.q }));
app.listen(process.env.PORT || 3000);
