import { prisma } from './db.js';

export async function recordActivity(entry) {
  const details = entry.details && typeof entry.details === 'string'
    ? entry.details
    : entry.details
      ? JSON.stringify(entry.details)
      : undefined;
  return prisma.activity.create({
    data: { actorId: entry.actorId, action: entry.action, details },
  });
}

export function noteActivity(entry) {
  void recordActivity(entry).catch(() => {});
}
