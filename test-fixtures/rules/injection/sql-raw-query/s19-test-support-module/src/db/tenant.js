// The server's own tenant switch: its callers decide what reaches the SQL text.
async function useTenant(prisma, tenantId) {
  await prisma.$executeRawUnsafe(`SET app.current_tenant = '${tenantId}'`); // expect: injection/sql-raw-query[warning]
}

module.exports = { useTenant };
