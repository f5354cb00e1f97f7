const express = require('express');
const helmet = require('helmet');
const { requireUser } = require('./api/middleware');
const tracks = require('./api/routes/tracks');

const app = express(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, ratelimit/missing
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use('/api/tracks', requireUser, tracks);

module.exports = app;
