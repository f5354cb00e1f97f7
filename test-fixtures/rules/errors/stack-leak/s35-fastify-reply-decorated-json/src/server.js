import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool();
const app = Fastify();

// an Express-style json() added to every reply: res.status(500).json(..) answers
app.decorateReply('json', function (payload) {
  return this.type('application/json').send(payload);
});

app.get('/visits', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT id, day FROM visits');
    return res.json(rows);
  } catch (err) {
    return res.status(500).json({ message: err.message }); // expect: errors/stack-leak
  }
});

app.listen({ port: 3000 });
