const { PrismaClient } = require('@prisma/client');
const { withTenant } = require('./tenant-test-helpers');

const prisma = new PrismaClient();

test('a tenant sees its own rows', async () => {
  const rows = await withTenant(prisma, 'tenant-a', () => prisma.invoice.findMany());
  expect(rows.every((r) => r.tenantId === 'tenant-a')).toBe(true);
});
