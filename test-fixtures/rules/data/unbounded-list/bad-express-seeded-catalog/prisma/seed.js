const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

// the region list is loaded once from the seed; no route adds regions
async function main() {
  await prisma.region.createMany({ data: [{ code: 'N', name: 'North' }, { code: 'S', name: 'South' }] });
}
main();
