import { PrismaClient } from '@prisma/client';
import type { Request } from 'express';

const prisma = new PrismaClient();

// the project's trail of what admins did: one row per action, read by people later
export async function logAdminAction(req: Request, action: string, targetType: string, targetId: string, details: Record<string, unknown>) {
  await prisma.adminAuditLog.create({
    data: { adminId: (req as any).admin.id, action, targetType, targetId, details: JSON.stringify(details) },
  });
}
