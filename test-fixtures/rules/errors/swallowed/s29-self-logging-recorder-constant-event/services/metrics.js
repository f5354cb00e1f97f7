import pg from 'pg';

const pool = new pg.Pool();
const KNOWN_EVENTS = new Set(['export_done', 'export_failed', 'share_opened']);
const planCache = new Map();

// the caller's plan, cached; a failed lookup is logged and answers null
async function planOf(userId) {
  if (!userId) return null;
  const hit = planCache.get(userId);
  if (hit) return hit;
  try {
    const r = await pool.query('SELECT plan FROM accounts WHERE id = $1', [userId]);
    const plan = r.rows[0]?.plan ?? null;
    planCache.set(userId, plan);
    return plan;
  } catch (err) {
    console.error('plan lookup failed', err.message);
    return null;
  }
}

// stores one product event; a failed insert is logged here and never reaches the caller
export async function trackEvent(name, props = {}, userId = null) {
  if (!KNOWN_EVENTS.has(name)) {
    throw new Error(`unknown event ${name}`);
  }
  const plan = await planOf(userId);
  try {
    await pool.query('INSERT INTO product_events (name, props, plan) VALUES ($1, $2, $3)', [name, JSON.stringify(props), plan]);
  } catch (err) {
    console.error('event not stored', name, err.message);
  }
}
