const express = require('express');
const compression = require('compression');

const app = express();
app.use(compression());
app.use(express.json());
app.get('/items', (req, res) => res.json([{ id: 1 }]));
app.listen(3000);
