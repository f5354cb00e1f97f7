const express = require('express');
const cookieParser = require('cookie-parser');
const { authenticate } = require('./auth');
const { doubleSubmit, checkCsrfWhenSignedIn, sameOrigin } = require('./forgery');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use(cookieParser());
app.use(doubleSubmit({ cookieName: 'rb_guard' }));

const recipes = [];

app.post('/login', (req, res) => {
  res.json({ ok: Boolean(req.body.name) });
});

app.post('/recipes', checkCsrfWhenSignedIn, authenticate, (req, res) => {
  recipes.push({ title: String(req.body.title), owner: req.user.sub }); // expect: validation/unvalidated-input
  res.status(201).end();
});

app.post('/newsletter', sameOrigin, (req, res) => {
  res.json({ subscribed: String(req.body.email) });
});

app.get('/recipes', checkCsrfWhenSignedIn, (req, res) => {
  res.json(recipes);
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
