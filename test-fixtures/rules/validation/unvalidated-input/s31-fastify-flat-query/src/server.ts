import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = Fastify();

// Fastify's query parser makes strings (or arrays of strings), never objects: a value bound to ? is a value
app.get('/api/organizations', async (request) => {
  const { search = '' } = request.query as Record<string, string>;
  const [rows] = await pool.query('SELECT id, name FROM organizations WHERE name LIKE ? LIMIT 50', [`%${search}%`]);
  return rows;
});

app.get('/api/compliance/summary', async (request) => {
  const q = request.query as Record<string, string>;
  const [rows] = await pool.query('SELECT COUNT(*) AS n FROM trainings WHERE organization_id = ?', [parseInt(q.org_id, 10)]);
  return rows;
});

// the body's fields are stored as sent
app.post('/api/organizations', async (request) => {
  const body = request.body as { name: string; email: string }; // expect: validation/unvalidated-input
  await pool.query('INSERT INTO organizations (name, contact_email) VALUES (?, ?)', [body.name, body.email]);
  return { ok: true };
});

app.listen({ port: 3000 });
