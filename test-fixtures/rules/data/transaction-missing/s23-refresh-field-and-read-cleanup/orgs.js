const { prisma } = require('./db');

async function createOrg(name) {
  return prisma.org.create({ data: { name } }); // expect: data/transaction-missing
}

async function addMember(orgId, userId) {
  return prisma.member.create({ data: { orgId, userId, role: 'owner' } });
}

module.exports = { createOrg, addMember };
