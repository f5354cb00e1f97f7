import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Injectable()
export class VendorService {
  // the note goes into the audit entry only when a reviewer is named
  async decline(id: string, note?: string, reviewerId?: string) {
    const vendor = await prisma.vendor.update({ where: { id }, data: { status: 'DECLINED' } });
    if (reviewerId) {
      await prisma.auditEntry.create({ data: { reviewerId, action: 'DECLINE', details: { note: note || 'none given' } } });
    }
    return vendor;
  }

  // the note is stored whatever the caller passes
  async hold(id: string, note?: string, reviewerId?: string) {
    const vendor = await prisma.vendor.update({ where: { id }, data: { status: 'ON_HOLD', holdNote: note } });
    if (reviewerId) {
      await prisma.auditEntry.create({ data: { reviewerId, action: 'HOLD' } });
    }
    return vendor;
  }
}
