import Fastify from 'fastify';
import { db } from './db.js';

const STATES = ['OPEN', 'PENDING', 'CLOSED'];

const app = Fastify();

// both filters travel as statement args bound to the ? placeholders; the state is also kept only when listed
app.get('/tickets', async (request) => {
  const q = request.query as { state?: string; owner?: string };
  const state = q.state && STATES.includes(q.state) ? q.state : undefined;
  let sql = 'SELECT id, title FROM tickets WHERE 1 = 1';
  const args: string[] = [];
  if (state) {
    sql += ' AND state = ?';
    args.push(state);
  }
  if (q.owner && q.owner !== 'ANY') {
    sql += ' AND owner = ?';
    args.push(q.owner);
  }
  const r = await db().execute({ sql, args });
  return { tickets: r.rows };
});

app.get('/tickets/by-owner', async (request) => {
  const { owner } = request.query as { owner?: string };
  const r = await db().execute({ sql: 'SELECT id FROM tickets WHERE owner = ?', args: [owner ?? ''] });
  return { ids: r.rows.map((x) => x.id) };
});

// the title is stored as sent: bound, but a free-form value kept in the table with no bound on its length or shape
app.post('/tickets', async (request, reply) => {
  const body = request.body as { title?: string }; // expect: validation/unvalidated-input
  await db().execute({ sql: 'INSERT INTO tickets (title, state) VALUES (?, ?)', args: [body.title ?? '', 'OPEN'] });
  return reply.code(201).send({ ok: true });
});

app.listen({ port: 3000 });
