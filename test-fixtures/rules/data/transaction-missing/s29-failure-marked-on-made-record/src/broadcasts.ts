import { eq } from 'drizzle-orm';
import { broadcasts, db, inboxItems } from './db';

export const openBroadcast = async (title: string) => {
  const rows = await db.insert(broadcasts).values({ title, status: 'sending', delivered: 0 }).returning();
  return rows[0];
};

// a broadcast kept for a later send, with the inbox items filed at once
export const openQuietBroadcast = async (title: string) => {
  const rows = await db.insert(broadcasts).values({ title, status: 'queued', delivered: 0 }).returning(); // expect: data/transaction-missing
  return rows[0];
};

export const setBroadcastStatus = async (id: number, status: string, delivered: number) => {
  await db.update(broadcasts).set({ status, delivered }).where(eq(broadcasts.id, id));
};

export const fileInboxItems = async (broadcastId: number, userIds: number[]) => {
  if (userIds.length === 0) return;
  await db.insert(inboxItems).values(userIds.map((userId) => ({ broadcastId, userId })));
};

// a relay outside the database (a push service): may fail after the record is open
export const relay = async (title: string, userIds: number[]): Promise<number> => {
  const res = await fetch('https://push.example/send', { method: 'POST', body: JSON.stringify({ title, userIds }) });
  if (!res.ok) throw new Error(`push failed: ${res.status}`);
  return userIds.length;
};
