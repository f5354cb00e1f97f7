const express = require('express');
const jwt = require('jsonwebtoken');
const { sendError } = require('./errors');
const { verifySlackSignature, paymentProvider } = require('./signatures');
const store = require('./store');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = buf.toString('utf8'); } }));

function requireUser(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

app.get('/api/entries', requireUser, async (req, res) => { // expect: errors/async-handler-unwrapped
  res.json(await store.entriesOf(req.user.sub));
});

// the /time slash command: Slack's signature, refused with a 401 through the error helper
app.post('/slack/commands/time', async (req, res) => { // expect: errors/async-handler-unwrapped
  if (!verifySlackSignature(req)) {
    return sendError(res, 'INVALID_SIGNATURE', 'Invalid signature', 401);
  }
  await store.logCommand(String(req.body.user_id), String(req.body.text).slice(0, 200));
  return res.json({ response_type: 'ephemeral', text: 'Logged.' });
});

// the payment provider's events: its signature over the body
app.post('/webhooks/payment', async (req, res) => { // expect: errors/async-handler-unwrapped
  const signature = req.headers['x-payment-signature'];
  if (!paymentProvider().verifyWebhookSignature(req.body, signature)) {
    return res.status(401).json({ error: 'Invalid signature' });
  }
  await store.recordPayment(String(req.body.id), String(req.body.status));
  return res.json({ received: true });
});

// checked only when the monitor sends a signature: any other caller gets in
app.post('/webhooks/monitor', async (req, res) => { // expect: errors/async-handler-unwrapped
  const signature = req.headers['x-monitor-signature'];
  if (signature && !paymentProvider().verifyWebhookSignature(req.body, signature)) {
    return res.status(401).json({ error: 'Invalid signature' });
  }
  await store.recordAlert(String(req.body.site), String(req.body.state));
  return res.json({ received: true });
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
