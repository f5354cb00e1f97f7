import Redis from 'ioredis';

export function createQueueConnection(): Redis {
  return new Redis(process.env.QUEUE_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null });
}
