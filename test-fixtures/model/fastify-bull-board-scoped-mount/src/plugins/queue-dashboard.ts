import type { FastifyInstance } from 'fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';

const mailQueue = new Queue('mail', { connection: { host: process.env.REDIS_HOST ?? 'localhost' } });

// the dashboard's page and its queue API (which also retries and removes jobs) under the scope it is registered in;
// setBasePath only tells the page its own address
export async function mountQueueDashboard(scope: FastifyInstance, basePath: string): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(basePath);
  createBullBoard({ queues: [new BullMQAdapter(mailQueue)], serverAdapter: adapter });
  await scope.register(adapter.registerPlugin(), { prefix: '/jobs' });
}
