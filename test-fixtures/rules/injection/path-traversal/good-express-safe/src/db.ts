import { PrismaClient } from '@prisma/client';

export const db = new PrismaClient();

export function render(invoice: { id: string }): Buffer {
  return Buffer.from(`invoice ${invoice.id}`);
}
