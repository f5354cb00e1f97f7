import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { CreateLeadDto } from './create-lead.dto';

@Injectable()
export class LeadsService {
  private readonly prisma = new PrismaClient();

  list() {
    return this.prisma.lead.findMany({ take: 100 });
  }

  create(dto: CreateLeadDto) {
    return this.prisma.lead.create({ data: { name: dto.name, email: dto.email } });
  }

  annotate(id: number, note: string) {
    return this.prisma.lead.update({ where: { id }, data: { note } });
  }
}
