const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
exports.login = async (email, password) => (email && password ? prisma.user.findUnique({ where: { email } }) : null);
exports.create = async (owner, target) => prisma.link.create({ data: { owner, target } });
