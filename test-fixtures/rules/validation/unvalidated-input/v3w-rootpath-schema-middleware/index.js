require('rootpath')();
const express = require('express');

const app = express();
app.use(express.json());
app.use('/recipes', require('./routes/recipes'));
app.listen(3000);
