import Fastify from 'fastify';
import Redis from 'ioredis';

const queue = new Redis(process.env.TICKETS_QUEUE_URL as string);
const app = Fastify();

app.get('/health', async () => ({ queued: await queue.llen('tickets') }));
app.listen({ port: 3001 });
