import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import jwt from '@fastify/jwt';
import loadShedding from './plugins/load-shedding.js';
import { ticketRoutes } from './routes/tickets.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(jwt, { secret: process.env.JWT_SECRET ?? 'change-me' }); // expect: config/env-undocumented, jwt/hardcoded-secret
app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
	try {
		await request.jwtVerify();
	} catch {
		reply.code(401).send({ error: 'Unauthorized' });
	}
});
await app.register(loadShedding);
await app.register(ticketRoutes, { prefix: '/api' });
await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
