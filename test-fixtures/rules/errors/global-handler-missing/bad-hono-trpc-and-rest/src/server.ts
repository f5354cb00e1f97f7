import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { trpcServer } from '@hono/trpc-server';
import { readFile } from 'node:fs/promises';
import { router } from './trpc';

const app = new Hono(); // expect: errors/global-handler-missing[note]
app.use('/trpc/*', trpcServer({ router }));

// a plain route beside tRPC that can fail: its errors reach Hono's default handler
app.get('/exports/:name', async (c) => c.body(await readFile(`exports/${c.req.param('name').replace(/[^a-z0-9-]/g, '')}.csv`)));

serve({ fetch: app.fetch, port: 3000 });
