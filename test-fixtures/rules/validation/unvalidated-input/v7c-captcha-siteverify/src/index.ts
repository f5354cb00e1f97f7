import { Hono } from 'hono';
import { verifyAndRecord, verifyRecaptcha, verifyTurnstile } from './captcha.js';

const app = new Hono();

// the captcha token only goes to Turnstile; the password is only compared with the configured ones
app.post('/site/login', async (c) => {
  const { password, captcha } = await c.req.json();
  try {
    await verifyTurnstile(c, captcha);
  } catch (e) {
    return c.text('captcha failed', 400);
  }
  const allowed: string[] = (c.env.SITE_PASSWORDS || '').split(',');
  if (!password || !allowed.includes(password)) return c.text('wrong password', 401);
  return c.json({ ok: true });
});

app.post('/contact', async (c) => {
  const { token } = await c.req.json();
  if (!(await verifyRecaptcha(token, c.env.RECAPTCHA_SECRET))) return c.text('captcha failed', 400);
  return c.json({ ok: true });
});

// the token is verified, then stored as sent
app.post('/contact-logged', async (c) => {
  const { captcha } = await c.req.json(); // expect: validation/unvalidated-input
  try {
    await verifyAndRecord(c, captcha);
  } catch (e) {
    return c.text('captcha failed', 400);
  }
  return c.json({ ok: true });
});

// verified, and the address stored as sent
app.post('/newsletter', async (c) => {
  const { email, captcha } = await c.req.json(); // expect: validation/unvalidated-input
  try {
    await verifyTurnstile(c, captcha);
  } catch (e) {
    return c.text('captcha failed', 400);
  }
  await c.env.DB.prepare('INSERT INTO subscribers (email) VALUES (?)').bind(email).run();
  return c.json({ ok: true });
});

export default app;
