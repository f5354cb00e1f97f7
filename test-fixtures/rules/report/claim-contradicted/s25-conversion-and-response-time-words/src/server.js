const express = require('express');
const helmet = require('helmet');
const { requestLogger } = require('./logger');

const app = express();
app.use(helmet());
app.use(requestLogger);
app.use(express.json());

app.get('/api/leagues', (req, res) => res.json([]));

app.listen(3000);
