import Fastify from 'fastify';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });

const app = Fastify({ logger: true });
app.get('/screenings', async () => db.selectFrom('screening').selectAll().limit(50).execute());
// destroy() ends the pool given to the dialect
app.addHook('onClose', async () => {
  await db.destroy();
});

process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});

await app.listen({ port: 3000, host: '0.0.0.0' });
