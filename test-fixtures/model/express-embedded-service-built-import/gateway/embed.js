// Runs the notifier inside the gateway: its compiled router is loaded at start (an ES module, so through import()).
const express = require('express');

async function buildNotifierRouter() {
  const router = express.Router();
  const notifierBuild = '../notifier/dist';
  const { createNotifierRouter } = await import(`${notifierBuild}/routes.js`);
  router.use('/api', createNotifierRouter());
  return router;
}

async function mountNotifier(app) {
  const router = await buildNotifierRouter();
  app.use('/notifier', router);
}

module.exports = { mountNotifier };
