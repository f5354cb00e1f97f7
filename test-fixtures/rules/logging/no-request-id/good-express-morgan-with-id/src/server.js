const express = require('express');
const morgan = require('morgan');
const addRequestId = require('express-request-id');

const app = express();
app.use(addRequestId());
morgan.token('id', (req) => req.id);
app.use(morgan(':id :method :url :status :response-time ms'));
app.get('/orders', (req, res) => res.json([]));
app.listen(3000);
