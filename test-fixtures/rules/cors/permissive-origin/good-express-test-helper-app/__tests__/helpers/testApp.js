const express = require('express');
const cors = require('cors');

// the app the route tests run against: supertest calls it in-process, no browser ever does
function buildTestApp(router) {
  const app = express();
  app.use(cors());
  app.use(express.json());
  app.use('/api', router);
  return app;
}

module.exports = { buildTestApp };
