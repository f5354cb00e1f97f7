import Fastify, { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const app = Fastify({ logger: true });

// errors the code raises on purpose carry a status; anything else is unexpected and answered generically
function onError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if ('statusCode' in error && typeof error.statusCode === 'number') {
    const message = error.message || 'Request failed';
    return reply.status(error.statusCode).send({ ok: false, message });
  }
  request.log.error(error);
  return reply.status(500).send({ ok: false, message: 'Unexpected error' });
}

// the message of any error, whatever it carries
function onFailure(error: Error, request: FastifyRequest, reply: FastifyReply) {
  if ('cause' in request) request.log.warn('nested');
  return reply.status(500).send({ ok: false, message: error.message }); // expect: errors/stack-leak
}

app.setErrorHandler(onError);

app.register(async (scoped) => {
  scoped.setErrorHandler(onFailure);
  scoped.get('/boards', async () => ({ boards: [] }));
}, { prefix: '/v1' });

app.get('/scores', async () => {
  const err: any = new Error('No scores yet');
  err.statusCode = 404;
  throw err;
});

app.listen({ port: 3000 });
