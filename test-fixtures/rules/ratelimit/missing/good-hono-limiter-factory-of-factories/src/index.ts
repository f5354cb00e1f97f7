import { Hono } from 'hono';
import { standardLimit, strictLimit } from './middleware/limits';

const app = new Hono();

app.use('/api/auth/*', strictLimit());
app.use('/api/*', standardLimit());

app.post('/api/auth/login', (c) => c.json({ ok: true }));
app.get('/api/lessons', (c) => c.json([]));

export default app;
