const express = require('express');
const session = require('express-session');
const { signedIn } = require('./middleware/auth');
const notes = require('./routes/notes');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } })); // expect: session/insecure-config, config/env-undocumented
app.locals.users = new Map();

app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/api/notes', signedIn, notes);

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
