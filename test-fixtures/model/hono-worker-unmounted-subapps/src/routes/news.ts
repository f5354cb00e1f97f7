import { Hono } from 'hono';

const routes = new Hono();
routes.get('/news', (c) => c.json([]));

export default routes;
