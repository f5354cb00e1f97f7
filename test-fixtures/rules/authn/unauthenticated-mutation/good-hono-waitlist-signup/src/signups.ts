import { Hono } from 'hono';
import { Resend } from 'resend';
import { z } from 'zod';
import { db, signups } from './db';

const resend = process.env.RESEND_API_KEY ? new Resend(process.env.RESEND_API_KEY) : null;

export const signupRouter = new Hono().post('/join', async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  if (!email || !z.string().email().safeParse(email).success) {
    return c.json({ ok: false, message: 'Invalid email' }, 400);
  }
  const ip = c.req.header('x-forwarded-for') || undefined;
  const [row] = await db.insert(signups).values({ email, ip }).onConflictDoNothing().returning({ id: signups.id });
  if (row && resend) {
    resend.emails.send({ from: 'hello@example.com', to: email, subject: 'You are on the list', text: 'Thanks!' }).catch((err) => {
      console.error('welcome mail failed', err);
    });
  }
  return c.json({ ok: true });
});
