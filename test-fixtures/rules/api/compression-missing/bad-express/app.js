const express = require('express');

const app = express(); // expect: api/compression-missing
app.use(express.json());
app.get('/items', (req, res) => res.json([{ id: 1 }]));
app.listen(3000);
