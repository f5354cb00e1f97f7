const express = require('express');
const path = require('path');
const users = require('./routes/users');

const app = express();
app.set('views', path.join(__dirname, '..', 'views'));
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use('/users', users);

app.listen(3000);
