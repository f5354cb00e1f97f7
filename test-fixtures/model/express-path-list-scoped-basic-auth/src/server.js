const express = require('express');
const basicAuth = require('express-basic-auth');
const swaggerUi = require('swagger-ui-express');
const jwt = require('jsonwebtoken');
const spec = require('./openapi.json');

const app = express(); // expect: api/compression-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
const bookings = new Map();
const docsLogin = basicAuth({ users: { docs: process.env.DOCS_PASSWORD }, challenge: true }); // expect: config/env-undocumented

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'sign in first' });
  }
}

app.use(express.json());
// only the documentation pages sit behind the password
app.use(['/docs', '/api-docs'], docsLogin);
app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec));
app.get('/api-docs/openapi.json', (req, res) => res.json(spec));

app.get('/api/bookings', requireUser, (req, res) => res.json([...bookings.values()].filter((b) => b.owner === req.user.sub)));
app.delete('/api/bookings/:id', (req, res) => { // expect: authn/unauthenticated-mutation
  bookings.delete(req.params.id);
  res.status(204).end();
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
