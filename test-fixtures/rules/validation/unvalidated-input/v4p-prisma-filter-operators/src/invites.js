const prisma = require('./db');

// a non-unique filter: every field of a WhereInput takes a value or a filter object
async function findPendingInvite(code) {
  return prisma.invite.findFirst({ where: { code, acceptedAt: null } });
}

// a unique where: the engine takes only a scalar for a unique field (email?: string)
async function memberByEmail(email) {
  return prisma.member.findUnique({ where: { email } });
}

module.exports = { findPendingInvite, memberByEmail };
