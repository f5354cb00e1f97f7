const express = require('express');
const helmet = require('helmet');

const DOCS = '/docs';
const app = express();

// helmet everywhere but the docs viewer, whose inline scripts its CSP would block
app.use((req, res, next) => {
  if (req.path.startsWith(DOCS)) {
    next();
  } else {
    helmet({ contentSecurityPolicy: { directives: { connectSrc: ["'self'"] } } })(req, res, next);
  }
});
app.get('/entries', (req, res) => res.json([]));
app.listen(8080);
