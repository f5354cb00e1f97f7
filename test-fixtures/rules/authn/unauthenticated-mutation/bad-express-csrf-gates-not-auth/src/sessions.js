const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function find(id) {
  if (!id) return null;
  return prisma.session.findUnique({ where: { id } });
}

module.exports = { find, prisma };
