import { handle } from '@hono/node-server/vercel';
import { Hono } from 'hono';

export const app = new Hono();
app.get('/jokes', (c) => c.json([{ id: 1, text: 'knock knock' }]));

export default handle(app);
