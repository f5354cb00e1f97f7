const { prisma } = require('../db');

async function checkout(cartId) {
  const order = await prisma.order.create({ data: { cartId } });
  await prisma.cart.update({ where: { id: cartId }, data: { closed: true } });
  return order;
}

module.exports = { checkout };
