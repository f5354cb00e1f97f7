// an optional connector to a customer's own MySQL server (the app's data lives in Prisma)
const mysql = require('mysql2/promise');

async function tablesOf(uri) {
  const conn = await mysql.createConnection({ uri });
  const [rows] = await conn.query('SHOW TABLES');
  await conn.end();
  return rows;
}

module.exports = { tablesOf };
