const prisma = require('../prisma');

const Route = {
  delete: async function (id = null) {
    try {
      await prisma.routes.delete({ where: { id: Number(id) } });
      return true;
    } catch (e) {
      return false;
    }
  },
};

module.exports = { Route };
