const express = require('express');
const peers = require('./routes/peers');

const app = express();
app.use(express.json());
app.use('/api', peers);
app.listen(3000);
