import Redis from 'ioredis';

const redis = new Redis();

export async function checkDependencies() {
  const pong = await redis.ping();
  return { redis: pong === 'PONG' };
}
