const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

// the server itself creates this account at every start, in every environment: the literal is a live login
async function ensureOwnerAccount() {
  const ownerPassword = 'Own3r#League2024'; // expect: secrets/hardcoded
  const password = await bcrypt.hash(ownerPassword, 12);
  await prisma.user.upsert({ where: { email: 'owner@league.app' }, update: {}, create: { email: 'owner@league.app', password } });
}

module.exports = { ensureOwnerAccount };
