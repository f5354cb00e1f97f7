const express = require('express');
const sessionRoute = require('./session.route');
const accountRoute = require('./account.route');
const apiDocsRoute = require('./api-docs.route');
const config = require('../../config/config');

const router = express.Router();

// every mount of this version, as a table
const mounted = [
  { path: '/auth', route: sessionRoute },
  { path: '/accounts', route: accountRoute },
];

// only while developing
const localOnly = [{ path: '/api-docs', route: apiDocsRoute }];

mounted.forEach((entry) => {
  router.use(entry.path, entry.route);
});

if (config.env === 'development') {
  localOnly.forEach((entry) => {
    router.use(entry.path, entry.route);
  });
}

module.exports = router;
