import Redis from 'ioredis';

let redis: Redis | null = null;

export function cache() {
  if (!redis) redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
  return redis;
}
