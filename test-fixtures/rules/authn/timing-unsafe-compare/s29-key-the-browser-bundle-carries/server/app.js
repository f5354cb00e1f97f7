const express = require('express');

const app = express();
app.use(express.json());

// the same key the web bundle sends with every event: it only keeps other sites from posting here
const requireAnalyticsKey = (req, res, next) => {
  const key = req.headers['x-analytics-key'];
  if (!key || key !== process.env.ANALYTICS_API_KEY) return res.status(401).json({ error: 'Unauthorized' });
  next();
};

// an operator's key, never sent to a browser
const requireOpsKey = (req, res, next) => {
  const key = req.headers['x-ops-key'];
  if (!key || key !== process.env.OPS_API_KEY) return res.status(401).json({ error: 'Unauthorized' }); // expect: authn/timing-unsafe-compare
  next();
};

app.post('/api/analytics/track', requireAnalyticsKey, (req, res) => res.status(204).end());
app.post('/api/ops/flush', requireOpsKey, (req, res) => res.status(204).end());
app.listen(3000);
