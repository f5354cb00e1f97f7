import { redis } from './db.js';

const MAX_DAILY_RECIPIENTS = 50;

// bulk messages: at most 50 recipients a day per sender, counted in Redis
export async function reserveRecipients(senderId: string, count: number) {
  const key = `bulk:${senderId}:${new Date().toISOString().slice(0, 10)}`;
  const used = Number(await redis.get(key)) || 0;
  if (used + count > MAX_DAILY_RECIPIENTS) {
    throw new Error('daily bulk message quota reached');
  }
  await redis.incrby(key, count);
  await redis.expire(key, 86_400);
}
