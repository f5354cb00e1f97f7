import type { FastifyInstance } from 'fastify';

const tickets = new Map<string, { title: string; open: boolean }>();

export async function ticketRoutes(app: FastifyInstance) {
	app.get('/tickets', { onRequest: [app.authenticate] }, async () => [...tickets.values()]);

	app.post('/tickets', { onRequest: [app.authenticate] }, async (request, reply) => {
		const { title } = request.body as { title: string }; // expect: validation/unvalidated-input
		tickets.set(title, { title, open: true });
		reply.code(201);
		return tickets.get(title);
	});

	app.post('/tickets/:id/close', async (request) => { // expect: authn/unauthenticated-mutation
		const { id } = request.params as { id: string };
		const t = tickets.get(id);
		if (t) t.open = false;
		return t ?? null;
	});
}
