const express = require('express');
const books = require('./routes/books');

const app = express();
app.use(express.json({ limit: '200kb' }));
app.use('/books', books);
app.listen(process.env.PORT || 3000);
