const express = require('express');
const mongoose = require('mongoose');
const leases = require('./routes/leases');

const app = express();
app.use(express.json());
app.use('/leases', leases);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
