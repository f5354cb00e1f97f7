import { Hono } from 'hono';
import { createCipheriv, randomBytes } from 'node:crypto';

const key = Buffer.from(process.env.TOKEN_KEY ?? '', 'hex');
const app = new Hono();

app.post('/wrap', async (c) => {
  const { value } = await c.req.json<{ value: string }>();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return c.json({ iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('hex') });
});

export default app;
