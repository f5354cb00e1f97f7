const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

async function refreshTotal(walletId) {
  const w = await prisma.wallet.findUnique({ where: { id: walletId } });
  return w ? w.total : 0;
}

// the caller says whether the wallet total is refreshed afterwards
async function addEntry(entry) {
  const refresh = entry.refresh ?? false;
  const row = await prisma.entry.create({ data: { walletId: entry.walletId, cents: entry.cents } }); // expect: data/query-in-loop
  if (refresh === true) {
    await refreshTotal(entry.walletId);
  }
  return row;
}

module.exports = { prisma, addEntry };
