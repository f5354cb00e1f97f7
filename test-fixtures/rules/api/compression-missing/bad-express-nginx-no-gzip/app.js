const express = require('express');

const app = express(); // expect: api/compression-missing
app.get('/catalog', (req, res) => res.json([{ sku: 'a-1' }]));
app.listen(5000);
