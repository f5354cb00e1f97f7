import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import type { FastifyPluginAsync } from 'fastify';

const loadShedding: FastifyPluginAsync = async (app) => {
	await app.register(underPressure, {
		maxEventLoopDelay: 800,
		maxHeapUsedBytes: 512 * 1024 * 1024,
		exposeStatusRoute: { url: '/ops/load' }
	});

	// only the load report needs a signed-in operator; every other request passes straight through
	app.addHook('onRequest', async (request, reply) => {
		if (request.url !== '/ops/load') return;
		const who = (request as unknown as { user?: { id?: string } }).user;
		if (!who?.id) {
			reply.code(401).send({ error: 'Unauthorized' });
		}
	});
};

export default fp(loadShedding, { name: 'load-shedding' });
