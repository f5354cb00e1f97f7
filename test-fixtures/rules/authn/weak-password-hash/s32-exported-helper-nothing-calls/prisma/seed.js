const { scryptSync } = require('crypto');
const { Pool } = require('pg');

// run by hand (npm run db:seed): the demo account of a development database
function hashPassword(password) {
  const salt = 'filing-seed-salt';
  return `${salt}:${scryptSync(password, salt, 64).toString('hex')}`;
}

async function main() {
  const pool = new Pool();
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', ['demo@example.com', hashPassword('demo-password')]);
  await pool.end();
}
main();
