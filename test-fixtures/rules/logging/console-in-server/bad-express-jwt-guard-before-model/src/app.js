const express = require('express');
const requireLogin = require('./requireLogin');
const books = require('./controllers/books');

const app = express();
app.use(express.json());
app.get('/books', books.list);
app.post('/books', requireLogin, books.create);

module.exports = app;
