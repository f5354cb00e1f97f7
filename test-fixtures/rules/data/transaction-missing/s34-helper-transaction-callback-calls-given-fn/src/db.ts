import { Prisma, PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();

// runs fn inside one transaction with the tenant set for row-level security
export async function withTenant<T>(tenantId: string, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, TRUE)`;
    return fn(tx);
  });
}

// sets the tenant, then runs fn outside any transaction
export async function asTenant<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
  await prisma.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, FALSE)`;
  return fn();
}
