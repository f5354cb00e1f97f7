const express = require('express');
const tables = require('./routes/tables.cjs');

const app = express();
app.use(express.json());
app.use('/api', tables);
app.listen(process.env.PORT || 3000);
