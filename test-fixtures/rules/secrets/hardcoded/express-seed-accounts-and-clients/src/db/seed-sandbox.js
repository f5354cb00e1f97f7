const { PrismaClient } = require('@prisma/client');
const { hashPassword } = require('../services/auth');

const prisma = new PrismaClient();

async function main() {
  // every sandbox account signs in with the same password
  const password = await hashPassword('Sandbox#Pw991');
  await prisma.user.createMany({ data: [{ email: 'coach@sandbox.test', password }, { email: 'ref@sandbox.test', password }] });
}

main().finally(() => prisma.$disconnect());
