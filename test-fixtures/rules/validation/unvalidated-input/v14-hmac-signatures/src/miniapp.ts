import { Hono } from 'hono';

type Env = { Bindings: { BOT_TOKEN: string; KV: KVNamespace } };
const app = new Hono<Env>();
const enc = new TextEncoder();

// the chat app signs its launch data: every pair but hash, sorted, HMAC-SHA256 under a key derived from the bot token
const verifyLaunchData = async (c: any, launchData: string): Promise<string> => {
  const params = new URLSearchParams(launchData);
  params.sort();
  const hash = params.get('hash');
  params.delete('hash');
  const checkString = [...params.entries()].map(([k, v]) => `${k}=${v}`).join('\n');
  const baseKey = await crypto.subtle.importKey('raw', enc.encode('WebAppData'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const secret = await crypto.subtle.sign('HMAC', baseKey, enc.encode(c.env.BOT_TOKEN));
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(checkString));
  const hex = Array.from(new Uint8Array(mac)).map((b) => b.toString(16).padStart(2, '0')).join('');
  if (hex != hash) {
    throw new Error('launch data not signed by the bot');
  }
  return JSON.parse(params.get('user') || '{}').id;
};

app.post('/chat/inbox', async (c) => {
  const { launchData } = await c.req.json();
  try {
    const userId = await verifyLaunchData(c, launchData);
    const items = await c.env.KV.get(`inbox:${userId}`, 'json');
    return c.json(items || []);
  } catch (e) {
    return c.text((e as Error).message, 400);
  }
});

// the signed launch data proves who asks; the label beside it is the caller's own free text
app.post('/chat/label', async (c) => {
  const { launchData, label } = await c.req.json(); // expect: validation/unvalidated-input
  try {
    const userId = await verifyLaunchData(c, launchData);
    await c.env.KV.put(`label:${userId}`, label);
    return c.json({ ok: true });
  } catch (e) {
    return c.text((e as Error).message, 400);
  }
});

export default app;
