import { Entry } from '../models/entry.js';

export default async function entryRoutes(app) {
  app.addHook('onRequest', async (request) => {
    await request.jwtVerify();
  });

  app.get('/:id', async (request, reply) => {
    const entry = await Entry.findById(request.params.id).lean(); // expect: authn/missing-ownership-check
    if (!entry) return reply.code(404).send({ error: 'not found' });
    return entry;
  });

  app.put('/:id', async (request) => {
    return Entry.findByIdAndUpdate(request.params.id, { title: request.body.title, text: request.body.text }, { new: true }); // expect: authn/missing-ownership-check
  });

  app.delete('/:id', async (request, reply) => {
    const entry = await Entry.findById(request.params.id);
    if (!entry || entry.owner.toString() !== request.user.sub) return reply.code(404).send({ error: 'not found' });
    await entry.deleteOne();
    return reply.code(204).send();
  });

  app.patch('/:id/title', async (request) => {
    return Entry.findOneAndUpdate({ _id: request.params.id, owner: request.user.sub }, { title: request.body.title }, { new: true });
  });

  // a view counter on a shared entry changes no content
  app.post('/:id/view', async (request) => {
    await Entry.updateOne({ _id: request.params.id }, { $inc: { views: 1 } });
    return { ok: true };
  });
}
