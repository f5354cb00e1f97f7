import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
type Logger = { error: (...args: unknown[]) => void };

// append never rejects: a failed write is logged here
export function createEventLog(log?: Logger) {
  return {
    async append(orderId: string, type: string) {
      try {
        await prisma.orderEvent.create({ data: { orderId, type } });
      } catch (err) {
        log?.error({ orderId, type, error: String(err) }, 'event append failed');
      }
    },
  };
}

// push rejects with the database's error
export function createOutbox() {
  return {
    async push(orderId: string, type: string) {
      await prisma.outboxMessage.create({ data: { orderId, type } });
    },
  };
}
