import { Hono } from 'hono';
import { correlate } from '@edge/kit';

const app = new Hono();
app.use('*', correlate());
app.get('/products', (c) => c.json([]));

export default app;
