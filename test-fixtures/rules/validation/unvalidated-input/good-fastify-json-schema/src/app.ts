import Fastify from 'fastify';
import pg from 'pg';

interface TodoBody {
  title: string;
  done?: boolean;
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify({ logger: true, ajv: { customOptions: { removeAdditional: 'all' } } });

const todoBody = {
  type: 'object',
  required: ['title'],
  additionalProperties: false,
  properties: { title: { type: 'string', minLength: 1, maxLength: 200 }, done: { type: 'boolean' } },
} as const;
const todoParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Querystring: { done: boolean } }>('/todos', {
  schema: { querystring: { type: 'object', properties: { done: { type: 'boolean', default: false } } } },
}, async (request) => {
  const { rows } = await pool.query('SELECT id, title, done FROM todos WHERE done = $1', [request.query.done]);
  return rows;
});

app.post<{ Body: TodoBody }>('/todos', { schema: { body: todoBody } }, async (request, reply) => {
  const { title, done = false } = request.body;
  const { rows } = await pool.query('INSERT INTO todos (title, done) VALUES ($1, $2) RETURNING *', [title, done]);
  return reply.code(201).send(rows[0]);
});

app.route<{ Params: { id: number }; Body: TodoBody }>({
  method: 'PUT',
  url: '/todos/:id',
  schema: { params: todoParams, body: todoBody },
  handler: async (request) => {
    const { rows } = await pool.query('UPDATE todos SET title = $1, done = $2 WHERE id = $3 RETURNING *', [request.body.title, request.body.done ?? false, request.params.id]);
    return rows[0];
  },
});

await app.listen({ port: 3000 });
