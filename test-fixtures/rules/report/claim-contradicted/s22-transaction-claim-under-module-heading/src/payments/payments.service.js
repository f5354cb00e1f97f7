const { prisma } = require('../db');

async function capture(orderId, paymentId) {
  return prisma.$transaction(async (tx) => {
    await tx.payment.create({ data: { orderId, paymentId } });
    await tx.order.update({ where: { id: orderId }, data: { status: 'PAID' } });
  });
}

module.exports = { capture };
