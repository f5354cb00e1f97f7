const { prisma } = require('./db');

async function findBasket(ownerId) {
  return prisma.basket.findFirst({ where: { ownerId } });
}

// get-or-create through a lookup helper: the basket is made on first use and found by every later request
async function findOrCreateBasket(ownerId) {
  let basket = await findBasket(ownerId);
  if (!basket) {
    basket = await prisma.basket.create({ data: { ownerId } });
  }
  return basket;
}

module.exports = { findBasket, findOrCreateBasket };
