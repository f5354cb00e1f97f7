import Fastify from 'fastify';
import { sql, vehicleByPlate, vehiclesWhere } from './db.js';

const app = Fastify({ logger: true });

app.get<{ Querystring: { field: string; value: string } }>('/vehicles', async (request) => {
  return vehiclesWhere(request.query.field, request.query.value);
});

app.get<{ Params: { plate: string } }>('/vehicles/:plate', async (request) => vehicleByPlate(request.params.plate));

app.delete<{ Params: { plate: string } }>('/vehicles/:plate', async (request, reply) => {
  await sql.unsafe('DELETE FROM vehicles WHERE plate = $1', [request.params.plate]);
  return reply.code(204).send();
});

await app.listen({ port: 3000, host: '0.0.0.0' });
