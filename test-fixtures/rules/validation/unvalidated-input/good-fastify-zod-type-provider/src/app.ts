import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { castVote, getPoll } from './polls.js';

const app = Fastify({ logger: true });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);

const PollParams = z.object({ pollId: z.string().uuid() });

app.withTypeProvider<ZodTypeProvider>().get('/polls/:pollId', { schema: { params: PollParams } }, async (request, reply) => {
  const poll = await getPoll(request.params.pollId);
  return poll ?? reply.code(404).send({ error: 'Not found' });
});

app.withTypeProvider<ZodTypeProvider>().post('/polls/:pollId/votes', {
  schema: { params: PollParams, body: z.object({ option: z.number().int().min(0).max(9) }) },
}, async (request, reply) => {
  await castVote(request.params.pollId, request.body.option);
  return reply.code(204).send();
});

await app.listen({ port: 3000 });
