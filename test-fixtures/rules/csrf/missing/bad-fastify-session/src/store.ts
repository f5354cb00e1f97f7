import { PrismaClient } from '@prisma/client';
import { PrismaSessionStore } from './prisma-session-store';
const prisma = new PrismaClient();
export const store = new PrismaSessionStore(prisma);
export async function saveSettings(userId: string, settings: unknown) {
  await prisma.settings.upsert({ where: { userId }, create: { userId, data: settings as object }, update: { data: settings as object } });
}
