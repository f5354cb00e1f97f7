import Fastify from 'fastify';
import jwt from 'jsonwebtoken';

const app = Fastify();

app.addHook('onRequest', async (request, reply) => {
  const header = request.headers.authorization;
  if (!header || header === 'Bearer' || header === 'Bearer undefined' || header === 'Bearer null') {
    return reply.code(401).send({ error: 'missing token' });
  }
  const token = header.slice('Bearer '.length);
  if (token === 'revoked-demo-token') {
    return reply.code(401).send({ error: 'this demo token was revoked' });
  }
  try {
    (request as any).user = jwt.verify(token, process.env.JWT_SECRET as string);
  } catch {
    return reply.code(401).send({ error: 'invalid token' });
  }
});

app.get('/media', async () => []);
app.listen({ port: 3000 });
