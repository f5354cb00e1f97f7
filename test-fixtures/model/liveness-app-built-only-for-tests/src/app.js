const express = require('express');
const helmet = require('helmet');
const tasks = require('./routes/tasks');
const { requireUser } = require('./auth');

function createApp() {
  const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, ratelimit/missing
  app.use(helmet());
  app.use(express.json());
  app.use('/api/tasks', requireUser, tasks);
  return app;
}

// the route tests run without the token check: a fake user is set instead
function createTestApp(user) {
  const app = express();
  app.use(express.json());
  app.use((req, res, next) => { req.user = user; next(); });
  app.use('/api/tasks', tasks);
  app.post('/__reset', (req, res) => res.status(204).end());
  return app;
}

module.exports = { createApp, createTestApp };
