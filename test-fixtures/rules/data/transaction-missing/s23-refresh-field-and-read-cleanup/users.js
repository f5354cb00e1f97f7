const bcrypt = require('bcryptjs');
const { prisma } = require('./db');

// the refresh token kept on the account's row: a token hands it out, null takes it back
async function storeRefreshToken(userId, refreshToken) {
  const hashed = refreshToken ? await bcrypt.hash(refreshToken, 10) : null;
  return prisma.user.update({ where: { id: userId }, data: { refreshToken: hashed } });
}

async function createUser(email, password) {
  return prisma.user.create({ data: { email, password: await bcrypt.hash(password, 10) } });
}

async function setPassword(userId, password) {
  return prisma.user.update({ where: { id: userId }, data: { password: await bcrypt.hash(password, 10) } }); // expect: data/transaction-missing
}

module.exports = { storeRefreshToken, createUser, setPassword };
