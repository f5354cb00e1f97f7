const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.use(express.json());

const stats = { served: 0, failed: 0, started: Date.now() };
app.use((req, res, next) => {
  res.on('finish', () => { if (res.statusCode >= 500) stats.failed++; else stats.served++; });
  next();
});

// one router per product line, each mounted under its own fixed name
for (const line of ['alpha', 'beta', 'gamma']) {
  const r = express.Router();
  r.get('/', (req, res) => res.json({ line }));
  r.get('/images', (req, res) => res.json({ line, images: [] }));
  app.use(`/catalog/${line}`, r);
}

// the figures the service keeps about itself, served to the admin dashboard
app.get('/admin/statistics/performance', (req, res) => {
  res.json({ served: stats.served, failed: stats.failed, uptimeSeconds: (Date.now() - stats.started) / 1000 });
});

app.post('/auth/login', (req, res) => res.status(501).end());

app.listen(3000);
