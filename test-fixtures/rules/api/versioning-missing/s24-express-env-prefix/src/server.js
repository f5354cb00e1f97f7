const express = require('express');
const routes = require('./routes');

// the deployment sets the prefix (API_PREFIX=/api/v1 in its environment): the version may be there
const app = express();
app.use(express.json());
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use(process.env.API_PREFIX, routes);
app.listen(3000);
