import type { FastifyInstance } from 'fastify';
import { Queue } from 'bullmq';
import { createQueueConnection } from './connections';

export async function registerSweepJob(app: FastifyInstance) {
  const queueConnection = createQueueConnection();
  const queue = new Queue('sweep', { connection: queueConnection });
  await queue.add('sweep', {}, { repeat: { every: 60_000 } });
  app.addHook('onClose', async () => {
    await queue.close();
  });
}
