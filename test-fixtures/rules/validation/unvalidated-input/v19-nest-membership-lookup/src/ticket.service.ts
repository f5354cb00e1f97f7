import { ForbiddenException, Injectable } from '@nestjs/common';
import { AccessService } from './access.service';
import { PrismaService } from './prisma.service';

@Injectable()
export class TicketService {
  constructor(private readonly prisma: PrismaService, private readonly access: AccessService) {}

  async open(userId: string, kitchenId: string, label: string) {
    await this.access.requireRole(userId, kitchenId, ['OWNER', 'CHEF']);
    return this.prisma.ticket.create({ data: { kitchenId, label, openedBy: userId } });
  }

  async print(userId: string, kitchenId: string) {
    if (!(await this.access.mayPrint(userId, kitchenId))) throw new ForbiddenException('No printing');
    return this.prisma.printJob.create({ data: { kitchenId, requestedBy: userId } });
  }
}
