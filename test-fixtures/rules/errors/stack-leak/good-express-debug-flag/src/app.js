const express = require('express');
const { errorHandler } = require('./errors');

const app = express();
app.get('/orders', (req, res) => res.json([]));
app.use(errorHandler);
app.listen(3000);
