import { Hono } from 'hono';
import { badInput } from './http/answers';
import { strictThrottle } from './middleware/throttle';

const app = new Hono();
const notes: string[] = [];

app.use('/api/*', strictThrottle());

app.post('/api/notes', async (c) => {
  const { text } = await c.req.json<{ text?: string }>();
  if (!text) return badInput(c, 'text is required');
  notes.push(text);
  return c.json({ ok: true }, 201);
});

app.get('/api/notes', (c) => c.json(notes));

export default app;
