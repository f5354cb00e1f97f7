const { prisma } = require('../db');

// imports a batch of ledger rows all-or-nothing
async function importRows(rows) {
  return prisma.$transaction(async (tx) => {
    for (const row of rows) {
      await tx.entry.create({ data: row });
    }
    await tx.importLog.create({ data: { count: rows.length } });
  });
}

module.exports = { importRows };
