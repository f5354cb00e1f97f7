import Redis from 'ioredis';

// written for a queue module that was never wired in: nothing imports this file
export const redis = new Redis({
  host: process.env.REDIS_HOST,
  port: Number(process.env.REDIS_PORT) || 6379,
  tls: { rejectUnauthorized: false },
});
