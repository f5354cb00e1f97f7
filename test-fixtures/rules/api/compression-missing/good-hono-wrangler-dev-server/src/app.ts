import { Hono } from 'hono';

export const app = new Hono();
app.get('/notes', (c) => c.json([{ id: 1, body: 'remember the milk' }]));
