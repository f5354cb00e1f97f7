import { db } from '../db';
import { eq } from 'drizzle-orm';
import { profiles } from '../db/schema';

export async function sendWelcome(userId: number) {
  await fetch(process.env.MAIL_URL ?? 'http://localhost:8025', { method: 'POST', body: JSON.stringify({ userId }) });
  await db.update(profiles).set({ displayName: 'new member' }).where(eq(profiles.userId, userId));
}
