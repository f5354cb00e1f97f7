import Fastify from 'fastify';
import { prisma } from './db';
import { orders } from './orders.service';

const app = Fastify({ logger: true });

// hands the new order to the courier with the fewest open drops
async function dispatchToCourier(shopId: string, orderId: string): Promise<void> {
  const couriers = await prisma.courier.findMany({ where: { shopId, active: true } });
  if (couriers.length === 0) {
    await prisma.drop.create({ data: { shopId, orderId } });
    return;
  }
  await prisma.drop.create({ data: { shopId, orderId, courierId: couriers[0].id } });
}

// the platform wants an answer within two seconds: answered at once, the order taken in after the answer; the
// courier hand-off and the confirmation are follow-ups the handler lets fail on their own (each with its own catch)
app.post('/hooks/platform', async (request, reply) => {
  const shopId = String(request.headers['x-shop-id'] ?? '');
  if (!shopId) return reply.code(400).send({ error: 'missing shop' });
  void reply.code(200).send({ received: true });
  setImmediate(() => {
    void (async () => {
      try {
        const order = await orders.receive(shopId, request.body as { id: string; total: number });
        await dispatchToCourier(shopId, order.id).catch((err: unknown) => {
          request.log.error({ err }, 'courier hand-off failed');
        });
        await orders
          .confirm(shopId, order.externalId)
          .catch((err: unknown) => {
            request.log.error({ err }, 'confirmation failed');
          });
      } catch (err: unknown) {
        request.log.error({ err }, 'order intake failed');
      }
    })();
  });
  return reply;
});

// the same intake where the courier hand-off is awaited as part of it: a failed hand-off leaves an order nobody delivers
app.post('/hooks/shop', async (request, reply) => {
  const shopId = String(request.headers['x-shop-id'] ?? '');
  if (!shopId) return reply.code(400).send({ error: 'missing shop' });
  void reply.code(200).send({ received: true });
  setImmediate(() => {
    void (async () => {
      try {
        const order = await orders.take(shopId, request.body as { id: string; total: number });
        await dispatchToCourier(shopId, order.id);
      } catch (err: unknown) {
        request.log.error({ err }, 'order intake failed');
      }
    })();
  });
  return reply;
});

app.listen({ port: 3000 });
