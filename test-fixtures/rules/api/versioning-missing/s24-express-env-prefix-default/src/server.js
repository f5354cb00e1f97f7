const express = require('express');
const routes = require('./routes');

// the prefix the code falls back to carries no version
const app = express(); // expect: api/versioning-missing
app.use(express.json());
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use(process.env.API_PREFIX || '/api', routes);
app.listen(3000);
