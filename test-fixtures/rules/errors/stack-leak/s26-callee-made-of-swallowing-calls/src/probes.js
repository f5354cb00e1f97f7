const { Pool } = require('pg');
const Redis = require('ioredis');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const redis = new Redis(process.env.REDIS_URL);
const started = Date.now();

// each probe answers a verdict and keeps the failure to itself
async function probeDatabase() {
  const t0 = Date.now();
  try {
    await pool.query('SELECT 1');
    return { ok: true, ms: Date.now() - t0 };
  } catch (err) {
    console.error('database probe failed', err);
    return { ok: false, ms: Date.now() - t0 };
  }
}

async function probeCache() {
  try {
    await redis.ping();
    return { ok: true };
  } catch (err) {
    console.error('cache probe failed', err);
    return { ok: false };
  }
}

function memory() {
  const m = process.memoryUsage();
  return { rssMb: Math.round(m.rss / 1048576) };
}

// no try of its own: every call it makes cannot fail
async function overall() {
  const results = [];
  const db = await probeDatabase();
  results.push(db);
  const cache = await probeCache();
  results.push(cache);
  return {
    healthy: results.every((r) => r.ok),
    checkedAt: new Date().toISOString(),
    uptimeMs: Date.now() - started,
    memory: memory(),
  };
}

// awaits the pool outside any try: its failure reaches the caller
async function tableSizes() {
  const { rows } = await pool.query('SELECT relname, n_live_tup FROM pg_stat_user_tables');
  return rows;
}

module.exports = { overall, tableSizes };
