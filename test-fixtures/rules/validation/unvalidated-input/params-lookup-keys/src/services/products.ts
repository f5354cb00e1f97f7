import { prisma } from '../db';

export async function getProduct(id: string) {
  return prisma.product.findUnique({ where: { id } });
}

export async function removeProduct(id: string) {
  await prisma.product.delete({ where: { id } });
}
