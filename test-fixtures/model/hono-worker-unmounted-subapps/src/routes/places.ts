import { Hono } from 'hono';

// the places guide, not mounted by server.ts yet
const routes = new Hono();
routes.get('/places', (c) => c.json([]));
routes.post('/places', async (c) => c.json(await c.req.json(), 201));
routes.delete('/places/:id', (c) => c.body(null, 204));

export default routes;
