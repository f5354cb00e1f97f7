import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify({ logger: true }); // expect: config/env-not-validated
await app.register(cookie, { secret: process.env.COOKIE_SECRET });

// tested here, but read bare above: the secret is required
app.get('/session', async () => ({ signed: process.env.COOKIE_SECRET ? 'yes' : 'no' }));

await app.listen({ port: 3000, host: '0.0.0.0' });
