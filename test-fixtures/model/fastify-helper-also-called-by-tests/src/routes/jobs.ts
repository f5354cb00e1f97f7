import { FastifyInstance } from 'fastify';

export async function jobRoutes(server: FastifyInstance) {
    server.get('/api/jobs', async () => []);
}
