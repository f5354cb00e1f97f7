const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

// a fixed-window counter in redis; answers 429 past the limit
const makeLimiter = ({ windowMs = 60000, max = 100, prefix = 'rl' } = {}) => {
  const windowSeconds = Math.floor(windowMs / 1000);
  return async (req, res, next) => {
    const key = `${prefix}:${req.ip}`;
    const count = await redis.incr(key);
    if (count === 1) await redis.expire(key, windowSeconds);
    if (count > max) {
      res.set('Retry-After', String(windowSeconds));
      return res.status(429).json({ error: 'Too many requests' });
    }
    return next();
  };
};

const generalLimiter = makeLimiter({ max: 300, prefix: 'api' });
const loginLimiter = makeLimiter({ windowMs: 15 * 60000, max: 5, prefix: 'login' });
const signupLimiter = makeLimiter({ windowMs: 60 * 60000, max: 3, prefix: 'signup' });

// which limiter each endpoint gets
const perEndpoint = {
  'POST /api/auth/login': loginLimiter,
  'POST /api/auth/register': signupLimiter,
};

// picks the endpoint's own limiter, else the general one
const limiterFor = (overrides = {}) => {
  const table = { ...perEndpoint, ...overrides };
  return async (req, res, next) => {
    const key = `${req.method} ${req.baseUrl}${req.path}`;
    let limiter = null;
    if (table[key]) {
      limiter = table[key];
    } else {
      for (const [pattern, candidate] of Object.entries(table)) {
        const rx = new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`);
        if (rx.test(key)) {
          limiter = candidate;
          break;
        }
      }
    }
    if (!limiter) {
      limiter = generalLimiter;
    }
    return limiter(req, res, next);
  };
};

module.exports = { limiterFor, loginLimiter };
