import Fastify from 'fastify';
import pg from 'pg';

interface TodoBody {
  title: string;
  done?: boolean;
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Querystring: { done?: string } }>('/todos', async (request) => {
  const done = request.query.done === 'true'; // compared with a literal: only a boolean goes on
  const { rows } = await pool.query('SELECT id, title, done FROM todos WHERE done = $1', [done]);
  return rows;
});

app.post<{ Body: TodoBody }>('/todos', async (request, reply) => {
  const { title, done = false } = request.body; // expect: validation/unvalidated-input[warning]
  const { rows } = await pool.query('INSERT INTO todos (title, done) VALUES ($1, $2) RETURNING *', [title, done]);
  return reply.code(201).send(rows[0]);
});

app.put<{ Params: { id: string }; Body: TodoBody }>('/todos/:id', {
  schema: {
    body: {
      type: 'object',
      required: ['title'],
      additionalProperties: false,
      properties: { title: { type: 'string', minLength: 1, maxLength: 200 }, done: { type: 'boolean' } },
    },
  },
}, async (request) => {
  const { title, done } = request.body;
  const id = Number(request.params.id);
  const { rows } = await pool.query('UPDATE todos SET title = $1, done = $2 WHERE id = $3 RETURNING *', [title, done ?? false, id]);
  return rows[0];
});

await app.listen({ port: 3000 });
