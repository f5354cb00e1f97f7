import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Injectable()
export class LeadsService {
  async submit(email: string, company?: string) {
    const lead = await prisma.lead.create({ data: { email, company, status: 'new' } });
    return lead.id;
  }

  async close(id: number) {
    await prisma.lead.update({ where: { id }, data: { status: 'closed' } });
    return true;
  }
}
