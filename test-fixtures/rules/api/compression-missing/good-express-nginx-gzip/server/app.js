const express = require('express');

const app = express();
app.use(express.json());
app.get('/catalog', (req, res) => res.json([{ sku: 'a-1' }]));
app.listen(5000);
