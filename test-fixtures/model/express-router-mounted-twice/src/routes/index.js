const express = require('express');
const grades = require('./grades');

function apiRoutes() {
  const router = express.Router();
  // the grades router again, at the same resolved path as the server's own mount
  router.use('/', grades);
  router.get('/info', (req, res) => res.json({ name: 'grades-api' }));
  return router;
}

module.exports = { apiRoutes };
