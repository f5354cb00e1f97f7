import { db } from '../db';
import { auditLog, adminActions, adminEvents } from '../db/schema';

/** Records what an administrator did, for the admin activity page. */
export async function adminAction(actorId: number, action: string, targetId: number) {
  await db.insert(auditLog).values({ actorId, action, targetId });
}

export async function logAdminAction(adminId: number, kind: string) {
  await db.insert(adminEvents).values({ adminId, kind });
}
export async function recordAdminAction(adminId: number, kind: string) {
  await db.insert(adminActions).values({ adminId, kind });
}
