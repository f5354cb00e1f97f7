import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { z } from 'zod';

const MailSettings = z.object({
  enabled: z.boolean(),
  reminderDays: z.number().int().min(1).max(14),
  testAddress: z.string().email().nullable(),
});

const SmtpAccount = z.object({
  host: z.string(),
  user: z.string(),
  password: z.string().min(8),
});

const app = new Hono();

// the body is checked against a schema of flags, a number and an address
app.put('/settings/mail', async (c) => {
  const body = await c.req.json();
  console.log('mail settings update:', JSON.stringify(body, null, 2));
  const parsed = MailSettings.safeParse(body);
  if (!parsed.success) {
    console.error('invalid mail settings', parsed.error.errors);
    return c.json({ error: 'invalid', details: parsed.error.errors }, 400);
  }
  return c.json({ saved: parsed.data });
});

// this schema has a password field
app.put('/settings/smtp', async (c) => {
  const body = await c.req.json();
  console.log('smtp settings update:', JSON.stringify(body)); // expect: logging/sensitive-data
  const parsed = SmtpAccount.safeParse(body);
  if (!parsed.success) return c.json({ error: 'invalid' }, 400);
  return c.json({ host: parsed.data.host });
});

serve({ fetch: app.fetch, port: 3000 });
