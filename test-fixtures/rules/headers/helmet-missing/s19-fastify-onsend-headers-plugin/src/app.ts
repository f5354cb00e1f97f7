import Fastify from 'fastify';
import responseHeaders from './plugins/response-headers.js';

const app = Fastify({ logger: true });
await app.register(responseHeaders);

app.get('/vehicles', async () => []);

await app.listen({ port: 3000 });
