const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

// one count per offset: three by default
async function returningShare(since, offsets = [1, 7, 30]) {
  const out = {};
  for (const days of offsets) {
    const from = new Date(since.getTime() + days * 86400000);
    out[`D${days}`] = await prisma.visit.count({ where: { at: { gte: from } } }); // expect: data/query-in-loop
  }
  return out;
}

// called only with its default: two counts
async function weeklyShare(since, weeks = [1, 4]) {
  const out = {};
  for (const w of weeks) {
    out[`W${w}`] = await prisma.visit.count({ where: { at: { gte: new Date(since.getTime() + w * 604800000) } } });
  }
  return out;
}

module.exports = { prisma, returningShare, weeklyShare };
