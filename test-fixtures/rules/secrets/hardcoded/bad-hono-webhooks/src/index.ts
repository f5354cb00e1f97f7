import { Hono } from 'hono';
import { createClient } from '@supabase/supabase-js';

const SLACK_ALERTS = 'https://hooks.slack.com/services/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'; // expect: secrets/hardcoded
const serviceRoleKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFrenZ4cHdydHlobm1sYmMiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzAwMDAwMDAwfQ.-FRsV3ipKDLqKaBV_opV94fgDfDaIaPyk7TweH22Abg'; // expect: secrets/hardcoded
const anonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFrenZ4cHdydHlobm1sYmMiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcwMDAwMDAwMH0.i2bRcUEPhyhyd_x0ssA936GpMROMju4H3Rs-AGp9hdQ';

const admin = createClient('https://qkzvxpwrtyhnmlbc.supabase.co', serviceRoleKey);
const app = new Hono();

app.post('/alerts', async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  await fetch(SLACK_ALERTS, { method: 'POST', body: JSON.stringify({ text: String(text) }) });
  await admin.from('alerts').insert({ text: String(text) });
  return c.json({ ok: true, publicKey: anonKey });
});

export default app;
