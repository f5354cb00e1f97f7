import { FastifyInstance } from 'fastify';
import { jobRoutes } from '../routes/jobs.js';

export async function mountRoutes(server: FastifyInstance): Promise<void> {
    await jobRoutes(server);

    // GET /api/runs: accepted filters
    //   state   one of QUEUED,RUNNING,DONE,...
    //   owner   the user who queued the run
    server.get('/api/runs', async (request) => {
        const q = request.query as { state?: string };
        return { state: q.state ?? 'ANY' };
    });
}
