const express = require('express');
const access = require('./access');

const app = express();
app.use(access.onSuccess);
app.use(access.onFailure);
app.get('/tickets', (req, res) => res.json([]));
app.listen(3000);
