const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

// a model object: get answers the first notebook matching the clause, or null
const Notebook = {
  get: async function (clause = {}) {
    try {
      return await prisma.notebooks.findFirst({ where: clause });
    } catch (err) {
      console.error(err.message);
      return null;
    }
  },
  getShared: async function (member, clause = {}) {
    return prisma.notebooks.findFirst({ where: { ...clause, shares: { some: { memberId: member.id } } } });
  },
};

module.exports = { Notebook };
