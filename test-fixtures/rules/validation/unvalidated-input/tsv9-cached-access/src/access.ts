import { PrismaClient } from '@prisma/client';
import { cacheable } from './cache';

const db = new PrismaClient();

export async function getBoardById(id: string) {
  return db.board.findUnique({ where: { id } });
}

export const getBoardAccess = cacheable(
  'getBoardAccess',
  async ({ userId, boardId }: { userId: string; boardId: string }) => {
    const board = await getBoardById(boardId);
    if (!board) return false;
    const member = await db.member.findFirst({ where: { userId, teamId: board.teamId } });
    return Boolean(member);
  },
  300
);

export const getTeamAccess = cacheable(
  'getTeamAccess',
  async ({ userId, teamId }: { userId: string; teamId: string }) => db.member.findFirst({ where: { userId, teamId } }),
  300
);

// the cache key is built from the raw name: a different shape
export const getBoardFile = cacheable(
  'getBoardFile',
  async ({ name }: { name: string }) => db.$queryRawUnsafe(`SELECT * FROM files WHERE name = '${name}'`),
  60
);
