import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { jwt, sign } from 'hono/jwt';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const bookings = new Map<string, { id: string; name: string }>();
const app = new Hono();

app.use('/api/admin/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

// one-time code sent by SMS, kept in Redis for five minutes
app.post('/api/session/otp', async (c) => {
  const { phone, code } = await c.req.json<{ phone: string; code: string }>();
  const expected = await redis.get(`otp:${phone}`);
  if (!expected || expected !== code) return c.json({ error: 'invalid code' }, 401);
  await redis.del(`otp:${phone}`);
  return c.json({ token: await sign({ sub: phone, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET!) });
});

// a public booking form protected by hCaptcha
app.post('/api/bookings', async (c) => {
  const body = await c.req.json<{ name: string; captcha: string }>();
  const res = await fetch('https://api.hcaptcha.com/siteverify', {
    method: 'POST',
    body: new URLSearchParams({ secret: process.env.HCAPTCHA_SECRET!, response: body.captcha }),
  });
  if (!(await res.json<{ success: boolean }>()).success) return c.json({ error: 'captcha' }, 400);
  const booking = { id: crypto.randomUUID(), name: body.name };
  bookings.set(booking.id, booking);
  return c.json(booking, 201);
});

app.post('/api/session/end', (c) => {
  deleteCookie(c, 'session');
  return c.body(null, 204);
});

app.delete('/api/admin/bookings/:id', (c) => {
  bookings.delete(c.req.param('id'));
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
