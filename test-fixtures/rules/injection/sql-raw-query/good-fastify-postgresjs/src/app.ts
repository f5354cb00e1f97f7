import Fastify from 'fastify';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL as string, { max: 10 });
const app = Fastify({ logger: true });

const vehicleParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

app.get<{ Querystring: { status: 'active' | 'retired' } }>('/vehicles', {
  schema: { querystring: { type: 'object', properties: { status: { type: 'string', enum: ['active', 'retired'], default: 'active' } } } },
}, async (request) => {
  return sql`SELECT id, plate, status FROM vehicles WHERE status = ${request.query.status} ORDER BY plate`;
});

app.patch<{ Params: { id: number }; Body: { odometer: number; notes?: string } }>('/vehicles/:id', {
  schema: {
    params: vehicleParams,
    body: {
      type: 'object',
      required: ['odometer'],
      additionalProperties: false,
      properties: { odometer: { type: 'integer', minimum: 0 }, notes: { type: 'string', maxLength: 500 } },
    },
  },
}, async (request, reply) => {
  const changes = { odometer: request.body.odometer, notes: request.body.notes ?? null };
  await sql`UPDATE vehicles SET ${sql(changes, 'odometer', 'notes')} WHERE id = ${request.params.id}`;
  return reply.code(204).send();
});

await app.listen({ port: 3000, host: '0.0.0.0' });
