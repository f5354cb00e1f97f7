import { Hono } from 'hono';
import { securityHeaders } from './security';

const app = new Hono();
app.use('*', securityHeaders);
app.get('/api/entries', (c) => c.json([]));
export default app;
