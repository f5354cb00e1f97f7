import Fastify from 'fastify';
import { db, closeDatabase } from './db/index.js';

const app = Fastify({ logger: true });
app.get('/screenings', async () => db.selectFrom('screening').selectAll().limit(50).execute());

const stop = async () => {
  await app.close();
  await closeDatabase();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await app.listen({ port: 3000, host: '0.0.0.0' });
