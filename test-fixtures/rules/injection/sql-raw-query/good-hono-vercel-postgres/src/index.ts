import { zValidator } from '@hono/zod-validator';
import { sql } from '@vercel/postgres';
import { Hono } from 'hono';
import { handle } from 'hono/vercel';
import { z } from 'zod';

const app = new Hono().basePath('/api');

app.post('/waitlist', zValidator('json', z.object({ email: z.string().email(), referrer: z.string().max(64).optional() })), async (c) => {
  const { email, referrer } = c.req.valid('json');
  await sql`INSERT INTO waitlist (email, referrer) VALUES (${email}, ${referrer ?? null}) ON CONFLICT (email) DO NOTHING`;
  return c.json({ ok: true }, 201);
});

app.get('/waitlist/:email/position', zValidator('param', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('param');
  const { rows } = await sql`SELECT count(*)::int AS position FROM waitlist WHERE created_at <= (SELECT created_at FROM waitlist WHERE email = ${email})`;
  return c.json(rows[0]);
});

export const GET = handle(app);
export const POST = handle(app);
