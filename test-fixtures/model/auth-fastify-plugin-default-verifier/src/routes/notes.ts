import type { FastifyPluginAsync } from 'fastify';
const notes: string[] = [];
const routes: FastifyPluginAsync = async (fastify) => {
  fastify.post('/notes', async (request) => {
    notes.push(String((request.body as any).text)); // expect: validation/unvalidated-input
    return { ok: true };
  });
  fastify.delete('/notes/:id', async (request) => {
    notes.splice(Number((request.params as any).id), 1);
    return { ok: true };
  });
};
export default routes;
