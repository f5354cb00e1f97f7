import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

// records what an administrator asked for
export async function logAdminAction(adminId: string, action: string, details: Record<string, unknown>) {
  await prisma.auditLog.create({ data: { adminId, action, details: JSON.stringify(details) } });
}
