import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL || 'redis://localhost:6379');

// fixed window per client key, counted in Redis so every instance sees the same count
export const windowRateLimit = ({ limit = 100, windowSec = 60, keyOf = (req) => req.ip } = {}) => async (req, res, next) => {
  try {
    const key = `quota:${keyOf(req)}:${Math.floor(Date.now() / 1000 / windowSec)}`;
    const used = await redis.incr(key);
    if (used === 1) await redis.expire(key, windowSec);
    if (used > limit) {
      res.setHeader('Retry-After', String(windowSec));
      return res.status(429).json({ error: 'Too many requests' });
    }
    next();
  } catch (err) {
    // Redis down: let the request through rather than fail every call
    next();
  }
};

export const ipRateLimit = windowRateLimit({ limit: 300 });
export const userRateLimit = windowRateLimit({ limit: 100, keyOf: (req) => req.headers['x-user-id'] || req.ip });
