const Fastify = require('fastify');
const { pool } = require('./db');

const app = Fastify();

// the tiers a migration seeds with their constant rows: reference data, an admin may add one more
app.get('/tiers', async () => {
  const r = await pool.query('SELECT * FROM tiers ORDER BY tier_order ASC');
  return r.rows;
});

app.post('/tiers', async (request) => {
  const b = request.body;
  const r = await pool.query('INSERT INTO tiers (name, rate, tier_order) VALUES ($1, $2, $3) RETURNING *', [String(b.name), Number(b.rate), Number(b.order)]);
  return r.rows[0];
});

// one seeded admin says nothing: users grow with sign-ups
app.get('/users', async () => {
  const r = await pool.query('SELECT id, email FROM users ORDER BY id'); // expect: data/unbounded-list
  return r.rows;
});

app.post('/signup', async (request) => {
  const r = await pool.query('INSERT INTO users (email, role) VALUES ($1, $2) RETURNING id', [String(request.body.email), 'user']);
  return r.rows[0];
});

app.listen({ port: 3000 });
