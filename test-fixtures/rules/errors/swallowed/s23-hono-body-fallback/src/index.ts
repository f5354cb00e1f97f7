import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono();

async function sendSms(phone: string, message: string): Promise<void> {
  const r = await fetch('https://sms.example.com/send', { method: 'POST', body: JSON.stringify({ phone, message }) });
  if (!r.ok) throw new Error('sms failed');
}

// a malformed body falls back to {}: the check of the field that follows answers the client
app.post('/sms', async (c) => {
  let body: { phone?: string; message?: string } = {};
  try {
    body = await c.req.json<typeof body>();
  } catch {}
  const message = (body.message ?? '').trim();
  if (!message || !body.phone) return c.json({ error: 'phone and message are required' }, 400);
  await sendSms(body.phone, message);
  return c.json({ ok: true });
});

// the send itself dropped: the client is told it went out
app.post('/sms/quiet', async (c) => {
  const body = await c.req.json<{ phone: string; message: string }>();
  try {
    await sendSms(body.phone, body.message);
  } catch {} // expect: errors/swallowed
  return c.json({ ok: true });
});

serve({ fetch: app.fetch, port: 3000 });
