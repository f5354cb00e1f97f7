const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function main() {
  // demo accounts for local development
  await prisma.user.create({ data: { email: 'demo@garage.test', password: await bcrypt.hash('demo-pass', 10) } });
}

main().finally(() => prisma.$disconnect());
