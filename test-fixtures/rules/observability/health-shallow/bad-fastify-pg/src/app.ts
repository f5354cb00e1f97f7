import Fastify from 'fastify';
import { Pool } from 'pg';

const pool = new Pool();
const app = Fastify({ logger: true });

app.get('/healthz', async () => ({ status: 'ok' })); // expect: observability/health-shallow
app.get('/orders', async () => (await pool.query('SELECT id FROM orders LIMIT 50')).rows);

await app.listen({ port: 3000 });
