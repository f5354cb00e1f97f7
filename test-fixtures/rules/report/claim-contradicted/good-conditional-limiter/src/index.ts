import express from 'express';
import rateLimit from 'express-rate-limit';

const app = express();
const limiter = process.env.DISABLE_LIMITS ? (_req: express.Request, _res: express.Response, next: express.NextFunction) => next()
  : rateLimit({ windowMs: 60_000, limit: 60 });
app.use(limiter);
app.get('/quotes', (_req, res) => res.json([]));
app.listen(3000);
