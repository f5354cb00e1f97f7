import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const sessions = {
  async lookup(sid: string) { return prisma.session.findUnique({ where: { id: sid } }).then((s) => s?.user ?? null); },
  async create(email: string, password: string) { return email && password ? crypto.randomUUID() : null; },
  async note(user: { id: string }, body: { text: string }) { return prisma.note.create({ data: { ownerId: user.id, text: body.text } }); },
};
