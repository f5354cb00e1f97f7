const oracledb = require('oracledb');

let pool;

async function withConnection(work) {
  if (!pool) pool = await oracledb.createPool({ user: process.env.DB_USER, password: process.env.DB_PASSWORD, connectString: process.env.DB_DSN });
  const conn = await pool.getConnection();
  try {
    return await work(conn);
  } finally {
    await conn.close();
  }
}

module.exports = { withConnection };
