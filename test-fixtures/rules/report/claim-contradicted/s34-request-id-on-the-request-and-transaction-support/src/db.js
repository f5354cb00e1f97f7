const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function transfer(from, to, cents) {
  await prisma.$transaction([
    prisma.account.update({ where: { id: from }, data: { balance: { decrement: cents } } }),
    prisma.account.update({ where: { id: to }, data: { balance: { increment: cents } } }),
  ]);
}

module.exports = { prisma, transfer };
