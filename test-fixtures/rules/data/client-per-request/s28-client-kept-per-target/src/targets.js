const { Pool } = require('pg');

// one small pool per registered target database, made on first use and kept
const targetPools = new Map();

function poolFor(target) {
  if (!targetPools.has(target.id)) {
    const pool = new Pool({ connectionString: target.url, max: 2 });
    pool.on('error', (err) => console.error('target pool error', target.id, err.message));
    targetPools.set(target.id, pool);
  }
  return targetPools.get(target.id);
}

// the same lookup, but nothing stores the pool: one per call
function scratchPool(target) {
  if (!targetPools.has(target.id)) {
    return new Pool({ connectionString: target.url, max: 1 }); // expect: data/client-per-request
  }
  return targetPools.get(target.id);
}

module.exports = { poolFor, scratchPool };
