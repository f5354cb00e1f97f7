import { describe, it, expect } from 'vitest';

describe('runs', () => {
    it('lists runs', async () => {
        const { buildServer } = await import('../../config/server');
        const { mountRoutes } = await import('../../config/routes');
        const server = buildServer();
        await mountRoutes(server);
        const res = await server.inject({ method: 'GET', url: '/api/runs' });
        expect(res.statusCode).toBe(200);
    });
});
