import express from 'express';
import { trackEvent } from './services/metrics.js';

const app = express();
app.use(express.json());

app.post('/exports', async (req, res) => {
  const started = Date.now();
  trackEvent('export_done', { ms: Date.now() - started }, req.get('x-user-id')).catch(() => {});
  res.status(202).json({ queued: true });
});

// the event's name comes from the client: an unknown one is rejected by trackEvent, and that rejection is dropped here
app.post('/events', async (req, res) => {
  trackEvent(req.body.name, req.body.props, req.get('x-user-id')).catch(() => {}); // expect: errors/swallowed
  res.status(204).end();
});

app.listen(3000);
