const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

// a session-level lock taken with $executeRaw: a SELECT, no row written; one insert follows
async function nextTicket(queue) {
  await prisma.$executeRaw`SELECT pg_advisory_lock(${queue})`;
  try {
    return await prisma.ticket.create({ data: { queue } });
  } finally {
    await prisma.$executeRaw`SELECT pg_advisory_unlock(${queue})`;
  }
}

// two inserts, no transaction
async function openQueue(name) {
  const queue = await prisma.queue.create({ data: { name } }); // expect: data/transaction-missing
  await prisma.ticket.create({ data: { queue: queue.id } });
  return queue;
}

module.exports = { nextTicket, openQueue };
