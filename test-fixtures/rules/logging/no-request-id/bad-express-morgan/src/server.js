const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(morgan('combined')); // expect: logging/no-request-id
app.get('/orders', (req, res) => res.json([]));
app.listen(3000);
