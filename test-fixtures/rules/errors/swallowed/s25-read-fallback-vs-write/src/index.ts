import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { Pool } from 'pg';

const pool = new Pool();
const app = new Hono();

// a lookup that degrades to an empty answer: the client is told there is nothing, not that the lookup failed
app.get('/notes/hints', async (c) => {
  const q = (c.req.query('q') ?? '').slice(0, 40);
  try {
    const { rows } = await pool.query('SELECT title FROM notes WHERE title ILIKE $1 LIMIT 10', [`%${q}%`]);
    return c.json({ hints: rows.map((r) => r.title) }, 200);
  } catch (error) { // expect: errors/swallowed
    console.error('hints failed', error);
    return c.json({ hints: [] }, 200);
  }
});

app.get('/notes/sync-state', async (c) => {
  try {
    const { rows } = await pool.query('SELECT synced_at FROM sync_state LIMIT 1');
    return c.json({ synced: rows.length > 0 });
  } catch (error) { // expect: errors/swallowed
    console.error('sync state failed', error);
    return c.json({ synced: false });
  }
});

// a change reported as made when it failed
app.delete('/notes/:id', async (c) => {
  try {
    await pool.query('DELETE FROM notes WHERE id = $1', [c.req.param('id')]);
    return c.json({ success: true });
  } catch (error) { // expect: errors/swallowed
    console.error('delete failed', error);
    return c.json({ success: true });
  }
});

serve({ fetch: app.fetch, port: 3000 });
