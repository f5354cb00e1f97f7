import { hashSecret } from './passwords.js';
import { PrismaClient } from '@prisma/client';
import { issueAccessToken } from './tokens.js';

export class ClubService {
  constructor(private readonly prisma: PrismaClient) {}

  // a newcomer opens a club of their own and becomes its first member
  async register(input: { email: string; password: string; clubName: string; role: 'manager' | 'coach' }) {
    const passwordHash = await hashSecret(input.password);
    const user = await this.prisma.$transaction(async (tx) => {
      const club = await tx.club.create({ data: { name: input.clubName } });
      return tx.user.create({ data: { email: input.email, passwordHash, tenantId: club.id, role: input.role } });
    });
    return { accessToken: issueAccessToken(user) };
  }

  // joins a club the caller names: a seat in someone else's club
  async join(input: { email: string; password: string; clubId: string }) {
    const passwordHash = await hashSecret(input.password);
    const user = await this.prisma.user.create({ data: { email: input.email, passwordHash, tenantId: input.clubId, role: 'coach' } });
    return { accessToken: issueAccessToken(user) };
  }
}
