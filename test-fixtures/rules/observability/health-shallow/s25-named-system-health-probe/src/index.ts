import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { Pool } from 'pg';

const pool = new Pool();
const app = new Hono();

app.get('/api/health', (c) => c.json({ status: 'operational' }));

const systemHealth = new Hono();
systemHealth.get('/live', (c) => c.json({ alive: true }));
systemHealth.get('/ready', async (c) => {
  try {
    await pool.query('SELECT 1');
    return c.json({ ready: true });
  } catch {
    return c.json({ ready: false }, 503);
  }
});
app.route('/api/system-health', systemHealth);

app.get('/api/tasks', async (c) => {
  const { rows } = await pool.query('SELECT id, title FROM tasks LIMIT 50');
  return c.json(rows);
});

serve({ fetch: app.fetch, port: 3000 });
