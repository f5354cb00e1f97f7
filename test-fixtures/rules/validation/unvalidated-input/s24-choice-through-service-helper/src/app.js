import express from 'express';
import { StatsService } from './stats.service.js';

const app = express();
app.use(express.json());

// The service exists only when the reporting database is configured.
const statsService = process.env.STATS_DATABASE_URL ? new StatsService() : null;

app.get('/stats/summary', async (req, res) => {
  if (!statsService) return res.status(503).json({ error: 'stats disabled' });
  const period = req.query.period || '30d';
  res.json(await statsService.summary(period));
});

app.post('/stats/snapshot', async (req, res) => {
  if (!statsService) return res.status(503).json({ error: 'stats disabled' });
  const period = req.query.period || '30d'; // expect: validation/unvalidated-input[warning]
  res.json(await statsService.snapshot(period));
});

app.listen(3000);
