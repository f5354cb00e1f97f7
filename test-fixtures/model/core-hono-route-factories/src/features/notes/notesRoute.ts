import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { notesStore } from './store';

const NoteBody = z.object({ text: z.string().max(500) });

// the factory registers on the app it builds, then returns it; each call is one router
export function createNotesRoute() {
  const app = new Hono();
  app.use('*', async (c, next) => {
    c.set('store', notesStore());
    await next();
  });
  return app
    .get('/', (c) => c.json([]))
    .post('/', zValidator('json', NoteBody), (c) => c.json(c.req.valid('json'), 201));
}

export const notesRoute = createNotesRoute();
