const Fastify = require('fastify');

const app = Fastify({ logger: true }); // 1 MiB default

app.post('/import', { bodyLimit: 512 * 1024 }, async (req) => ({ received: Object.keys(req.body).length }));
app.listen({ port: 3000 });
