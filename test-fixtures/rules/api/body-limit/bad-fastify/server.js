const Fastify = require('fastify');

const app = Fastify({ logger: true, bodyLimit: 100 * 1024 * 1024 }); // expect: api/body-limit

app.post('/import', async (req) => ({ received: Object.keys(req.body).length }));
app.listen({ port: 3000 });
