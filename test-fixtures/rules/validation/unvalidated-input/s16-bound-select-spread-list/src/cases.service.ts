import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class CasesService {
  constructor(private readonly prisma: PrismaService) {}

  async listDevices(tenant: string, opts: { p: number; l: number; offset: number; state?: string; search?: string }) {
    const { l, offset, state, search } = opts;
    const clauses: string[] = [];
    const values: any[] = [tenant];
    if (state) {
      values.push(state);
      clauses.push(`AND d.state = $${values.length}`);
    }
    if (search) {
      values.push(`%${search}%`);
      clauses.push(`AND (d.code ILIKE $${values.length} OR d.name ILIKE $${values.length})`);
    }
    const where = clauses.join(' ');
    return this.prisma.$queryRawUnsafe<any[]>(
      `SELECT d.* FROM devices d WHERE d.tenant_id = $1::uuid ${where} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      ...values, l, offset,
    );
  }
}
