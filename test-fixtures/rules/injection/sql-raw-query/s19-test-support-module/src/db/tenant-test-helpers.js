// Helpers for the row-level-security tests: only the spec imports this module, the server never runs it.
async function withTenant(prisma, tenantId, fn) {
  await prisma.$executeRawUnsafe(`SET app.current_tenant = '${tenantId}'`);
  return fn();
}

module.exports = { withTenant };
