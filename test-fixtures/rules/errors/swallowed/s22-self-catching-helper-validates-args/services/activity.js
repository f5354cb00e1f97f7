import pg from 'pg';

const pool = new pg.Pool();

// Records who did what. Its argument checks throw inside its own try: every failure is logged here and it answers false.
export async function recordActivity(entry) {
  try {
    if (!entry.action) throw new Error('recordActivity: action is required');
    if (!entry.actorId) throw new TypeError('recordActivity: actorId is required');
    await pool.query('INSERT INTO activity (action, actor_id) VALUES ($1, $2)', [entry.action, entry.actorId]);
    return true;
  } catch (err) {
    console.error('activity not recorded', err.message);
    return false;
  }
}

// Checks its argument before the try: that throw rejects the promise its callers get.
export async function recordStrict(entry) {
  if (!entry.action) throw new Error('recordStrict: action is required');
  try {
    await pool.query('INSERT INTO activity (action, actor_id) VALUES ($1, $2)', [entry.action, entry.actorId]);
  } catch (err) {
    console.error('activity not recorded', err.message);
  }
}
