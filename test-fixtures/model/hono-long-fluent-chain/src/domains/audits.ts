import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const auditsRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json({ items: [] }))
  .post('/', async (c) => c.json({ created: true }, 201))
  .delete('/:id', (c) => c.body(null, 204));
