const { pool } = require('../src/db');

async function main() {
  await pool.query("INSERT INTO orders (sku) VALUES ('A-1')");
  console.log('seeded');
}
main();
