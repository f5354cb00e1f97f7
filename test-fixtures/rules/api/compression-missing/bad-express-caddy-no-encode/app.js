const express = require('express');

const app = express(); // expect: api/compression-missing
app.get('/products', (req, res) => res.json([{ sku: 'p-1' }]));
app.listen(5000);
