const express = require('express');
const settings = require('./config');

const app = express();
app.get('/ledger', (req, res) => res.json({ host: settings.store.host }));
app.listen(settings.port);
