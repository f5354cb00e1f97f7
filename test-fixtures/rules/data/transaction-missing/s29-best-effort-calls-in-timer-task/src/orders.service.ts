import { prisma } from './db';

export class OrdersService {
  // the order kept once per external id (a platform may deliver the same webhook twice)
  async receive(shopId: string, payload: { id: string; total: number }) {
    return prisma.order.upsert({
      where: { shopId_externalId: { shopId, externalId: payload.id } },
      create: { shopId, externalId: payload.id, total: payload.total, status: 'new' },
      update: { total: payload.total },
    });
  }

  // a walk-in order typed at the till
  async take(shopId: string, payload: { id: string; total: number }) {
    return prisma.order.create({ data: { shopId, externalId: payload.id, total: payload.total, status: 'new' } }); // expect: data/transaction-missing
  }

  // tells the platform the order is taken, then marks it so here
  async confirm(shopId: string, externalId: string) {
    const res = await fetch(`https://platform.example/orders/${externalId}/confirm`, { method: 'POST' });
    if (!res.ok) throw new Error(`confirm failed: ${res.status}`);
    await prisma.order.updateMany({ where: { shopId, externalId }, data: { status: 'confirmed' } });
  }
}

export const orders = new OrdersService();
