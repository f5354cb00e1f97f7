import { timingSafeEqual } from 'node:crypto';
import { PrismaClient } from '@prisma/client';

export class PastesService {
  constructor(private readonly prisma: PrismaClient) {}

  // Anonymous pastes: whoever created one got its edit key; only that key may change it.
  async edit(id: string, editKey: string, text: string) {
    const paste = await this.prisma.paste.findUnique({ where: { id } });
    if (!paste) throw Object.assign(new Error('not found'), { statusCode: 404 });
    const a = Buffer.from(paste.editKey), b = Buffer.from(String(editKey));
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw Object.assign(new Error('forbidden'), { statusCode: 403 });
    return this.prisma.paste.update({ where: { id }, data: { text: String(text).slice(0, 100000) } });
  }

  // anyone may vote: a vote only steps one of two counters
  async vote(id: string, up: boolean) {
    const data = up ? { upvotes: { increment: 1 } } : { downvotes: { increment: 1 } };
    return this.prisma.paste.update({ where: { id }, data });
  }

  async pin(id: string) {
    return this.prisma.paste.update({ where: { id }, data: { pinned: true } });
  }
}
