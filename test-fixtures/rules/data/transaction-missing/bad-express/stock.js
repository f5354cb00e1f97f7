const { prisma } = require('./db');

async function reserve(productId) {
  await prisma.product.update({ where: { id: productId }, data: { stock: { decrement: 1 } } }); // expect: data/transaction-missing
}

module.exports = { reserve };
