import { Hono } from 'hono';

// each route file builds its own router and mounts it on the app it is handed
export const mountNotes = ({ app }: { app: Hono }) => {
  const notes = new Hono();
  notes.get('/notes', (c) => c.json([]));
  notes.post('/notes', async (c) => c.json(await c.req.json(), 201));
  notes.delete('/notes/:id', (c) => c.body(null, 204));
  app.route('/', notes);
};
