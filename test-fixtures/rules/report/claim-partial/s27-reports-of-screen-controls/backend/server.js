const express = require('express');
const assignments = require('./routes/assignments');

const app = express();
app.use(express.json());
app.use('/api/assignments', assignments);
app.listen(process.env.PORT || 5000);
