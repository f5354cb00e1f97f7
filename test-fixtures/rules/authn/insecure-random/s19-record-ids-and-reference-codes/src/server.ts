import Fastify from 'fastify';
import { buildChartCode, buildHouseholdCode, generateAccessCode, generateIncidentId, makeEmailCode, proposePassword } from './codes.js';

const app = Fastify();
const charts = new Map<string, { household: string; turnId: string }>();

app.post('/charts', async (request, reply) => {
  const turnId = `turn-${Math.random().toString(36).slice(2)}`;
  const code = buildChartCode();
  charts.set(code, { household: buildHouseholdCode(), turnId });
  return reply.code(201).send({ code });
});

app.post('/rooms', async () => ({ access: generateAccessCode(), email: makeEmailCode(), password: proposePassword() }));

app.setErrorHandler((err, request, reply) => {
  const incident = generateIncidentId();
  request.log.error({ err, incident });
  reply.code(500).send({ incident });
});

await app.listen({ port: 3000 });
