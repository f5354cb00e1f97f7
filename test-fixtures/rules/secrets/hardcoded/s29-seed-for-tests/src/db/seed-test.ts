import bcrypt from 'bcryptjs';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// the end-to-end suite signs in as these
const SUITE_USERS = {
  admin: { email: 'e2e.admin@depot.test', password: 'E2eSuite!Admin1', role: 'ADMIN' },
  driver: { email: 'e2e.driver@depot.test', password: 'E2eSuite!Driver1', role: 'DRIVER' },
};

async function main() {
  const hashed = await Promise.all(Object.values(SUITE_USERS).map(async (u) => ({ ...u, password: await bcrypt.hash(u.password, 10) })));
  const [admin, driver] = hashed;
  await pool.query('INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3), ($4, $5, $6)',
    [admin.email, admin.password, admin.role, driver.email, driver.password, driver.role]);
  for (const u of Object.values(SUITE_USERS)) console.log(`  ${u.role} ${u.email} / ${u.password}`);
}

main();
