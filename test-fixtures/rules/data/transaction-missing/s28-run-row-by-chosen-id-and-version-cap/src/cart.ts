import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

// gifts that no longer qualify are taken out one by one: each removal stands on its own
export async function recheckGifts(cartId: string) {
  const items = await prisma.cartItem.findMany({ where: { cartId, isGift: true } });
  const removed: string[] = [];
  for (const item of items) {
    const rule = item.giftRuleId ? await prisma.giftRule.findUnique({ where: { id: item.giftRuleId } }) : null;
    if (!rule) {
      await prisma.cartItem.delete({ where: { id: item.id } });
      removed.push(item.id);
      continue;
    }
    if (!rule.active) {
      await prisma.cartItem.delete({ where: { id: item.id } });
      removed.push(item.id);
    }
  }
  return removed;
}

// each item moved to the saved list: a delete and a create per item, the pair must go together
export async function saveForLater(cartId: string) {
  const items = await prisma.cartItem.findMany({ where: { cartId } });
  for (const item of items) {
    await prisma.cartItem.delete({ where: { id: item.id } }); // expect: data/transaction-missing
    await prisma.savedItem.create({ data: { productId: item.productId, userId: item.userId } });
  }
}
