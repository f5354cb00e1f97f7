// run by hand (node check-tasks.js) to see what the table holds; the server never loads this file
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function checkTasks() {
  const { rows } = await pool.query('SELECT id, title FROM tasks ORDER BY id');
  console.log(`found ${rows.length} tasks`);
  rows.forEach((t) => console.log(`  - ${t.id}: ${t.title}`));
  await pool.end();
}

checkTasks();
