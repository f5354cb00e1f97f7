import { Controller, Get, Query, Req } from '@nestjs/common';
import { CasesService } from './cases.service';
import { PrismaService } from './prisma.service';

@Controller('cases')
export class CasesController {
  constructor(private readonly prisma: PrismaService, private readonly svc: CasesService) {}

  private paging(page?: string, limit?: string) {
    const p = Math.max(1, parseInt(page ?? '1') || 1);
    const l = Math.min(100, Math.max(1, parseInt(limit ?? '20') || 20));
    return { p, l, offset: (p - 1) * l };
  }

  @Get()
  async list(
    @Query('page') page?: string, @Query('limit') limit?: string,
    @Query('state') state?: string, @Query('q') q?: string, @Req() req?: any,
  ) {
    const tenant = req.user.tenantId;
    const { p, l, offset } = this.paging(page, limit);
    const clauses: string[] = [];
    const values: any[] = [tenant];
    if (state) { values.push(state); clauses.push(`AND c.state = $${values.length}`); }
    if (q) { values.push(`%${q}%`); clauses.push(`AND c.title ILIKE $${values.length}`); }
    const where = clauses.join(' ');
    const rows = await this.prisma.$queryRawUnsafe<any[]>(
      `SELECT c.* FROM cases c WHERE c.tenant_id = $1::uuid ${where} ORDER BY c.created_at DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      ...values, l, offset,
    );
    return { rows, page: p };
  }

  @Get('hits')
  async hits(@Query('state') state?: string, @Query('limit') limit?: string, @Req() req?: any) {
    const { l } = this.paging('1', limit);
    const values: any[] = [req.user.tenantId];
    let filter = '';
    if (state) { values.push(state); filter = `AND h.state = $${values.length}`; }
    return this.prisma.$queryRawUnsafe<any[]>(
      `SELECT h.* FROM hits h WHERE h.tenant_id = $1::uuid ${filter} LIMIT $${values.length + 1}`,
      ...values, l,
    );
  }

  @Get('devices')
  async devices(
    @Query('page') page = '1',
    @Query('limit') limit = '50',
    @Query('state') state: string | undefined,
    @Query('search') search: string | undefined,
    @Req() req: any,
  ) {
    return this.svc.listDevices(req.user.tenantId, { ...this.paging(page, limit), state, search });
  }

  @Get('labels')
  async labels(@Query('label') label?: string, @Req() req?: any) { // expect: validation/unvalidated-input
    const values: any[] = [req.user.tenantId];
    let filter = '';
    if (label) filter = `AND l.name = '${label}'`;
    return this.prisma.$queryRawUnsafe<any[]>(`SELECT l.* FROM labels l WHERE l.tenant_id = $1::uuid ${filter}`, ...values);
  }

  @Get('recent')
  async recent(@Query('top') top?: string, @Req() req?: any) { // expect: validation/unvalidated-input
    const values: any[] = [req.user.tenantId];
    values.push(top ?? '10');
    return this.prisma.$queryRawUnsafe<any[]>(
      `SELECT r.* FROM reports r WHERE r.tenant_id = $1::uuid ORDER BY r.created_at DESC LIMIT $${values.length}`,
      ...values,
    );
  }

  @Get('notes')
  async notes(@Query('text') text?: string, @Req() req?: any) { // expect: validation/unvalidated-input
    const values: any[] = [req.user.tenantId];
    if (text) values.push(text);
    await this.prisma.$executeRawUnsafe(`INSERT INTO notes (tenant_id, body) VALUES ($1::uuid, $2)`, ...values);
    return { ok: true };
  }
}
