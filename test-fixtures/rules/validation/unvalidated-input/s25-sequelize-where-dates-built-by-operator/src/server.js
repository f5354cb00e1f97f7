const express = require('express');
const deliveries = require('./routes/deliveries');

const app = express();
app.use(express.json());
app.use('/api/deliveries', deliveries);
app.listen(3000);
