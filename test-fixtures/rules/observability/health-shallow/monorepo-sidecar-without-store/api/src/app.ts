import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

app.get('/api/health', async () => ({ status: 'ok' })); // expect: observability/health-shallow
app.get('/api/pages', async () => (await pool.query('SELECT id, title FROM pages ORDER BY id LIMIT 50')).rows);

await app.listen({ port: 3051, host: '0.0.0.0' });
