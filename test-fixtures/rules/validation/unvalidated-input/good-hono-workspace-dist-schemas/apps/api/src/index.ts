import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { CreateRoomRequestSchema } from 'contracts';

const rooms: { name: string; memberIds: string[] }[] = [];
const app = new Hono();

app.post('/rooms', async (c) => {
  const payload = CreateRoomRequestSchema.parse(await c.req.json());
  rooms.push({ name: payload.name, memberIds: payload.memberIds });
  return c.json({ ok: true }, 201);
});

serve({ fetch: app.fetch, port: 3000 });
