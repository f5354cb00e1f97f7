const express = require('express');
const bodyParser = require('body-parser');

const app = express();
app.use(express.json()); // 100kb default
app.use(bodyParser.urlencoded({ extended: false, limit: '200kb' }));
app.use('/hooks', express.raw({ type: 'application/json', limit: '1mb' }));

app.post('/notes', (req, res) => res.status(201).json(req.body));
app.listen(3000);
