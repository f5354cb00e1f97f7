const express = require('express');
const vehicles = require('./routes/vehicles');
const status = require('./routes/status');

const app = express();
app.use(express.json());
app.use('/api/vehicles', vehicles);
app.use('/api/status', status);
app.listen(3000);
