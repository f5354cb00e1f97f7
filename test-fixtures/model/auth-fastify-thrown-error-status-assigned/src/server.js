'use strict'

const fastify = require('fastify')({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
const { signedIn, rank, jsonOnly } = require('./hooks/access');

const quests = [];
const sessions = new Map();

fastify.decorate('sessions', {
  async lookup(token) {
    const member = sessions.get(token);
    if (!member) throw new Error('unknown session');
    return member;
  },
});

fastify.get('/quests', async () => quests.slice(0, 50));

fastify.post('/quests', { preHandler: [signedIn, rank('officer')] }, async (request) => {
  const quest = { id: quests.length + 1, title: String(request.body.title).slice(0, 80) }; // expect: validation/unvalidated-input
  quests.push(quest);
  return quest;
});

fastify.delete('/quests/:id', { preHandler: signedIn }, async (request) => {
  const i = quests.findIndex((q) => q.id === Number(request.params.id));
  return i >= 0 ? quests.splice(i, 1)[0] : null;
});

// only a content-type check runs here: anyone may file a report
fastify.post('/reports', { preHandler: jsonOnly }, async (request) => { // expect: authn/unauthenticated-mutation
  quests.push({ id: quests.length + 1, title: 'report' });
  return { ok: true };
});

fastify.listen({ port: Number(process.env.PORT) || 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
