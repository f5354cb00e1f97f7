import Fastify from 'fastify';
import pg from 'pg';
import authPlugin from './auth.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify();
await app.register(authPlugin);

app.post('/bets', { preHandler: (app as any).memberAuth() }, async (request: any) => {
  await pool.query('INSERT INTO bets (member_id, amount) VALUES ($1, $2)', [request.member.sub, Number(request.body.amount)]);
  return { ok: true };
});

app.delete('/events/settled', { preHandler: (app as any).memberAuth(['events.delete']) }, async () => {
  await pool.query('DELETE FROM events WHERE settled = true');
  return { ok: true };
});

// forgot its preHandler
app.post('/events/:id/settle', async (request: any) => { // expect: authn/unauthenticated-mutation
  await pool.query('UPDATE events SET settled = true, winner = $2 WHERE id = $1', [request.params.id, String(request.body.winner)]);
  return { ok: true };
});

await app.listen({ port: 3000 });
