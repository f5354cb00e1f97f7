import Fastify, { FastifyError } from 'fastify';

const app = Fastify();

app.setErrorHandler((err: FastifyError, request, reply) => {
  const statusCode = err.statusCode ?? 500;
  // a client error (a body too large, bad JSON): its message is for the client
  if (statusCode >= 400 && statusCode < 500) {
    return reply.code(statusCode).send({ error: { code: err.code ?? 'BAD_REQUEST', message: err.message } });
  }
  request.log.error({ err }, 'unhandled error');
  return reply.code(500).send({ error: { code: 'INTERNAL_ERROR', message: 'Internal error' } });
});

const admin = Fastify();

admin.setErrorHandler((err: FastifyError, request, reply) => {
  const statusCode = err.statusCode ?? 500;
  // every error at or above 400, server errors too
  if (statusCode >= 400) {
    return reply.code(statusCode).send({ error: { message: err.message } }); // expect: errors/stack-leak
  }
  return reply.code(500).send({ error: { message: 'Internal error' } });
});

app.get('/ping', async () => ({ ok: true }));
admin.get('/ping', async () => ({ ok: true }));
app.listen({ port: 3000 });
admin.listen({ port: 3001 });
