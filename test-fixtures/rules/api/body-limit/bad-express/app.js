const express = require('express');
const bodyParser = require('body-parser');

const app = express();
app.use(express.json({ limit: '50mb' })); // expect: api/body-limit
app.use(bodyParser.urlencoded({ extended: false, limit: process.env.FORM_LIMIT || '20mb' })); // expect: api/body-limit
app.use('/hooks', express.raw({ type: '*/*', limit: Infinity })); // expect: api/body-limit

app.post('/notes', (req, res) => res.status(201).json(req.body));
app.listen(3000);
