import { Hono } from 'hono';
import { Webhook } from 'svix';

type Env = { Bindings: { DB: D1Database; ROOMS: DurableObjectNamespace; SVIX_SECRET: string } };

class ApiError extends Error {
  constructor(readonly info: { status: number; code: string }) {
    super(info.code);
  }
}

const app = new Hono<Env>();

async function joinToken(secret: string, claims: { roomId: string; role: string }) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const body = btoa(JSON.stringify({ ...claims, exp: Date.now() + 300_000 }));
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return `${body}.${btoa(String.fromCharCode(...new Uint8Array(sig)))}`;
}

// the room id is proven by a bound SELECT answered 404, before it goes into a signed join token
app.post('/rooms/:id/join', async (c) => {
  const roomId = c.req.param('id');
  const room = await c.env.DB.prepare('SELECT id FROM rooms WHERE id = ? LIMIT 1').bind(roomId).first<{ id: string }>();
  if (!room) throw new ApiError({ status: 404, code: 'ROOM_NOT_FOUND' });
  return c.json({ token: await joinToken(c.env.SVIX_SECRET, { roomId, role: 'viewer' }) });
});

// the same id put into a token without any lookup
app.post('/rooms/:id/invite', async (c) => {
  const roomId = c.req.param('id'); // expect: validation/unvalidated-input
  return c.json({ token: await joinToken(c.env.SVIX_SECRET, { roomId, role: 'guest' }) });
});

// an identity provider's webhook: the event is read only once svix has verified the signature over the raw body
app.post('/webhooks/identity', async (c) => {
  const payload = await c.req.text();
  const headers = {
    'svix-id': c.req.header('svix-id') ?? '',
    'svix-timestamp': c.req.header('svix-timestamp') ?? '',
    'svix-signature': c.req.header('svix-signature') ?? '',
  };
  let event: { type: string; data: { id: string } };
  try {
    event = new Webhook(c.env.SVIX_SECRET).verify(payload, headers) as typeof event;
  } catch {
    return c.json({ error: 'bad signature' }, 400);
  }
  if (event.type === 'user.deleted') {
    await c.env.DB.prepare('DELETE FROM members WHERE external_id = ?').bind(event.data.id).run();
  }
  return c.json({ received: true });
});

export default app;
