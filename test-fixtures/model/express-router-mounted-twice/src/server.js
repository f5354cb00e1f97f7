const express = require('express');
const grades = require('./routes/grades');
const { apiRoutes } = require('./routes');

const app = express();
app.use(express.json());
app.use('/api', grades);
app.use('/api', apiRoutes());

app.listen(process.env.PORT || 3000);
