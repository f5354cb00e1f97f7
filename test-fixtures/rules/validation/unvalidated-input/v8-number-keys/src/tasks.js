import { prisma } from './db.js';

export const Task = {
  remove: async function (id) {
    try {
      await prisma.task.delete({ where: { id: Number(id) } });
      return true;
    } catch (e) {
      return false;
    }
  },
};
