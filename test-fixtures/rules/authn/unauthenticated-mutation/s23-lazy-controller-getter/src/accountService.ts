import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '@prisma/client';

export class AccountService {
  constructor(private db: PrismaClient) {}

  async signIn(email: string, password: string) {
    const member = await this.db.member.findUnique({ where: { email } });
    if (!member) throw new Error('bad credentials');
    const ok = await bcrypt.compare(password, member.passwordHash);
    if (!ok) throw new Error('bad credentials');
    await this.db.member.update({ where: { id: member.id }, data: { lastSeenAt: new Date() } });
    return jwt.sign({ sub: member.id }, process.env.JWT_SECRET!, { expiresIn: '15m' });
  }

  async renew(presented: string) {
    const claims = jwt.verify(presented, process.env.REFRESH_SECRET!) as { sub: string };
    await this.db.session.update({ where: { token: presented }, data: { usedAt: new Date() } });
    return jwt.sign({ sub: claims.sub }, process.env.JWT_SECRET!, { expiresIn: '15m' });
  }

  async wipeNotes(classId: string) {
    await this.db.note.deleteMany({ where: { classId } });
  }
}
