const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const authRoutes = require('./routes/auth');

const app = express(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://gigs.example.org'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/auth', authRoutes);

app.get('/', (_req, res) => {
  res.json({ endpoints: { register: '/api/auth/register', health: '/api/health' } });
});

module.exports = app;

if (require.main === module) {
  app.listen(Number(process.env.PORT) || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
