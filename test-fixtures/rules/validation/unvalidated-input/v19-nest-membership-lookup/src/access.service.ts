import { ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class AccessService {
  constructor(private readonly prisma: PrismaService) {}

  // the membership row is keyed by both ids (a compound unique key): no row, no access
  async roleIn(userId: string, kitchenId: string): Promise<string> {
    const membership = await this.prisma.kitchenMember.findUnique({
      where: { userId_kitchenId: { userId, kitchenId } },
      select: { role: true },
    });
    if (!membership) {
      throw new ForbiddenException(`User ${userId} is not a member of kitchen ${kitchenId}`);
    }
    return membership.role;
  }

  async requireRole(userId: string, kitchenId: string, roles: string[]): Promise<void> {
    const role = await this.roleIn(userId, kitchenId);
    if (!roles.includes(role)) throw new ForbiddenException('Insufficient role');
  }

  // answers whether the caller may, from a flag: nothing about the kitchen id is looked up
  async mayPrint(userId: string, kitchenId: string): Promise<boolean> {
    const user = await this.prisma.user.findUnique({ where: { id: userId } });
    return Boolean(user?.canPrint);
  }
}
