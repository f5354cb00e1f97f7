import express, { type NextFunction, type Request, type Response } from 'express';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const redis = new Redis(process.env.REDIS_URL as string, { enableOfflineQueue: false });
const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'rl', points: 100, duration: 60 });

async function rateLimit(req: Request, res: Response, next: NextFunction) {
  try {
    await limiter.consume(req.ip ?? 'unknown');
    next();
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      res.set('Retry-After', String(Math.ceil(err.msBeforeNext / 1000)));
      return res.status(429).json({ error: 'Too many requests' });
    }
    next(err);
  }
}

const app = express();
app.set('trust proxy', 1);
app.use(rateLimit);

app.get('/uploads', (_req, res) => {
  res.json([]);
});

app.listen(3000);
