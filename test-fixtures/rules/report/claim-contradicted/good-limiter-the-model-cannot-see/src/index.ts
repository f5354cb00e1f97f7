import express from 'express';
import rateLimit from 'express-rate-limit';
import { loginThrottle } from './throttle';

const app = express();

// the package limiter only outside development: the model sees a conditional, not a limiter
const general = process.env.NODE_ENV === 'development'
  ? (_req: express.Request, _res: express.Response, next: express.NextFunction) => next()
  : rateLimit({ windowMs: 15 * 60_000, limit: 200 });

app.get('/health', (_req, res) => res.json({ ok: true }));
app.use('/api', general);
app.post('/api/login', loginThrottle, (_req, res) => res.json({ ok: true }));
app.get('/api/scores', (_req, res) => res.json([]));
app.listen(3000);
