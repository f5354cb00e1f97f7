const express = require('express');
const app = express(); // expect: headers/helmet-missing, ratelimit/missing, api/compression-missing
app.use('/api/auth', require('./routes/auth'));
app.listen(3000);
