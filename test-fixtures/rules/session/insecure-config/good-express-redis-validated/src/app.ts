import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { env } from './env';

const redis = createClient({ url: env.REDIS_URL });
await redis.connect();

const app = express();
app.set('trust proxy', 1);
app.use(session({
  name: 'sid',
  secret: env.SESSION_SECRET,
  store: new RedisStore({ client: redis, prefix: 'sess:' }),
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
}));
app.listen(3000);
