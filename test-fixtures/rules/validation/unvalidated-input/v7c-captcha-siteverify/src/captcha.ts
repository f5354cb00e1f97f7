import type { Context } from 'hono';

const TURNSTILE_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

// Turnstile's siteverify takes the widget's token as the form field "response", beside the site's secret
export const verifyTurnstile = async (c: Context, token: string | undefined): Promise<void> => {
  if (!c.env.TURNSTILE_SECRET) return;
  if (!token) throw new Error('captcha token missing');
  const form = new FormData();
  form.append('secret', c.env.TURNSTILE_SECRET);
  form.append('response', token);
  const answer = await fetch(TURNSTILE_URL, { method: 'POST', body: form });
  const outcome: any = await answer.json();
  if (!outcome.success) throw new Error('captcha rejected');
};

// reCAPTCHA's siteverify, the same two fields sent url-encoded
export async function verifyRecaptcha(token: string, secret: string): Promise<boolean> {
  const res = await fetch('https://www.google.com/recaptcha/api/siteverify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret, response: token }),
  });
  const data: any = await res.json();
  return data.success === true;
}

// a helper that verifies the token and also keeps it for a report
export async function verifyAndRecord(c: Context, token: string): Promise<void> {
  await verifyTurnstile(c, token);
  await c.env.DB.prepare('INSERT INTO captcha_log (token) VALUES (?)').bind(token).run();
}
