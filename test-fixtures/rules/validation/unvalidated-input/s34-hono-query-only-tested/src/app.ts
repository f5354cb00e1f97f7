import { Hono } from 'hono';

const app = new Hono();
const attempts: string[] = [];

// the provider's error parameter only decides whether to go back to the login page
app.get('/oauth/callback', (c) => {
  const oauthError = c.req.query('error');
  if (oauthError) {
    return c.redirect('/login?error=oauth_failed');
  }
  return c.redirect('/home');
});

// the same parameter also kept as it came
app.get('/oauth/retry', (c) => {
  const reason = c.req.query('reason'); // expect: validation/unvalidated-input
  if (reason) {
    attempts.push(reason);
    return c.redirect('/login');
  }
  return c.redirect('/home');
});

export default app;
