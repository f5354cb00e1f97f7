const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// the visitor id is proved a UUID (or the request is refused) before it is written into the SET text
async function asVisitor(visitorId, sql, params) {
  const client = await pool.connect();
  try {
    let ctx = '';
    if (visitorId && visitorId.trim() !== '') {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (!uuid.test(visitorId)) {
        throw new Error('visitor id is not a UUID');
      }
      ctx = visitorId;
    }
    await client.query(`SELECT set_config('app.visitor_id', '${ctx}', true)`);
    return await client.query(sql, params);
  } finally {
    client.release();
  }
}

async function inTransaction(visitorId, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (visitorId) {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (!uuid.test(visitorId)) throw new Error('visitor id is not a UUID');
      await client.query(`SET LOCAL app.visitor_id = '${visitorId}'`);
    }
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } finally {
    client.release();
  }
}

// no check: a caller with request text could rewrite the statement
async function asRole(role, sql) {
  const client = await pool.connect();
  try {
    await client.query(`SET ROLE ${role}`); // expect: injection/sql-raw-query
    return await client.query(sql);
  } finally {
    client.release();
  }
}

module.exports = { asVisitor, inTransaction, asRole };
