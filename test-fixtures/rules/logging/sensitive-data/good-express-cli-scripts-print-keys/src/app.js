const express = require('express');
const accounts = require('./routes/accounts');
const { store } = require('./lib/store');

const app = express();
app.use(express.json());
app.use('/accounts', accounts);

module.exports = { app, store };
