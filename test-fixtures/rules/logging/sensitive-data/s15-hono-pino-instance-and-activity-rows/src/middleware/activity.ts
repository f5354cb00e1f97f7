import { db } from '../db';

export const activityLogger = {
  async log(entry: { userId?: string; action: string; details: unknown }) {
    try {
      await db('activity_records').insert({ user_id: entry.userId, action: entry.action, details: JSON.stringify(entry.details) });
    } catch (err) {
      console.error('activity not stored', (err as Error).message);
    }
  },
};
