const { prisma } = require('./db');

// the cart as shown: lines whose product was withdrawn are dropped on every read
async function getCart(userId) {
  const lines = await prisma.cartLine.findMany({ where: { cart: { userId } }, include: { product: true } });
  const gone = lines.filter((l) => !l.product.active).map((l) => l.id);
  if (gone.length > 0) {
    await prisma.cartLine.deleteMany({ where: { id: { in: gone } } });
  }
  return lines.filter((l) => l.product.active);
}

async function setQuantity(userId, lineId, quantity) {
  await prisma.cartLine.update({ where: { id: lineId }, data: { quantity } });
  return getCart(userId);
}

// stock taken and the order made belong together, whatever the answer shows after
async function checkout(userId, productId) {
  await prisma.product.update({ where: { id: productId }, data: { stock: { decrement: 1 } } }); // expect: data/transaction-missing
  await prisma.order.create({ data: { userId, productId } });
  return getCart(userId);
}

module.exports = { getCart, setQuantity, checkout };
