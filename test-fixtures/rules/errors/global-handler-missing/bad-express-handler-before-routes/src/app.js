const express = require('express');
const { errorMiddleware } = require('./errors');

const app = express(); // expect: errors/global-handler-missing
app.use(express.json());
app.use(errorMiddleware);

app.get('/books', (req, res) => res.json([]));
app.post('/books', (req, res) => res.status(201).json(req.body));
app.listen(3000);
