const { prisma } = require('../db');

async function createUser(dto, actorId) {
  const role = await prisma.role.findUnique({ where: { code: dto.role } });
  // the user and its role link in one nested write
  const user = await prisma.user.create({
    data: {
      email: dto.email,
      name: dto.name,
      userRoles: { create: { roleId: role.id } },
    },
  });
  await prisma.auditLog.create({ data: { actorId, action: 'user.create', target: user.id } });
  return user;
}

async function updateUser(id, dto) {
  const user = await prisma.user.update({ where: { id }, data: { name: dto.name } });
  await prisma.userRole.deleteMany({ where: { userId: id } });
  await prisma.userRole.create({ data: { userId: id, roleId: dto.roleId } });
  return user;
}

module.exports = { createUser, updateUser };
