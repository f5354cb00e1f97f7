import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { Accounts } from './accounts';
import { databaseUp, pull, purge, syncState } from './sync';

type Vars = { Variables: { user: { id: string } } };

const app = new Hono<Vars>();
const accounts = new Accounts();

app.onError((err, c) => c.json({ error: 'internal error' }, 500));

app.post('/auth/refresh', async (c) => {
  try {
    const body = await c.req.json();
    if (!body.refreshToken) return c.json({ error: 'refreshToken is required' }, 400);
    return c.json(await accounts.refresh(body.refreshToken));
  } catch (error: any) {
    return c.json({ error: error.message || 'Token refresh failed' }, error.status || 500);
  }
});

app.get('/auth/confirm/:token', async (c) => {
  try {
    const { token } = c.req.param();
    const ok = await accounts.confirmEmail(token);
    return ok ? c.json({ confirmed: true }) : c.json({ error: 'Invalid or expired token' }, 400);
  } catch (error: any) {
    return c.json({ error: error.message }, 500);
  }
});

app.patch('/accounts/:id', async (c) => {
  try {
    const user = c.get('user');
    const id = c.req.param('id');
    const body = await c.req.json();
    if (Object.keys(body).length === 0) return c.json({ error: 'nothing to change' }, 400);
    const changed = await accounts.retag(id, user.id, { tags: body.tags, label: body.label });
    return changed ? c.json(changed) : c.json({ error: 'not found' }, 404);
  } catch (error: any) {
    return c.json({ error: error.message || 'Failed to update account' }, error.status || 500);
  }
});

app.get('/health/detailed', async (c) => {
  try {
    const up = await databaseUp();
    const state = syncState();
    return c.json({ up, running: state.running, lastRun: state.lastRun, at: new Date().toISOString(), uptime: Math.round(process.uptime()) }, up ? 200 : 503);
  } catch (error) {
    return c.json({ status: 'unhealthy', error: (error as Error).message }, 503);
  }
});

app.post('/sync/:source', async (c) => {
  try {
    const rows = await pull(c.req.param('source'));
    return c.json({ rows });
  } catch (error: any) {
    return c.json({ error: error.message }, 500); // expect: errors/stack-leak
  }
});

app.delete('/sync/:source', async (c) => {
  try {
    await purge(c.req.param('source'));
    return c.body(null, 204);
  } catch (error: any) {
    return c.json({ error: error.message }, 500); // expect: errors/stack-leak
  }
});

serve({ fetch: app.fetch, port: 3000 });
