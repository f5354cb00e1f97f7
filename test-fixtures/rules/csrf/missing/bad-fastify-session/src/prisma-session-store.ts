export class PrismaSessionStore {
  constructor(private readonly prisma: any) {}
  get(sid: string, cb: (err: unknown, s?: unknown) => void) { this.prisma.session.findUnique({ where: { sid } }).then((s: any) => cb(null, s?.data), cb); }
  set(sid: string, data: unknown, cb: (err?: unknown) => void) { this.prisma.session.upsert({ where: { sid }, create: { sid, data }, update: { data } }).then(() => cb(), cb); }
  destroy(sid: string, cb: (err?: unknown) => void) { this.prisma.session.delete({ where: { sid } }).then(() => cb(), cb); }
}
