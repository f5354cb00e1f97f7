import type { FastifyPluginAsync } from 'fastify';

const vehicleRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { status?: string } }>('/', async (request) => {
    const status = request.query.status ?? 'active';
    const { rows } = await app.pg.query(`SELECT id, plate, status FROM vehicles WHERE status = '${status}'`); // expect: injection/sql-raw-query
    return rows;
  });

  app.patch<{ Params: { id: string }; Body: { odometer: number } }>('/:id', async (request, reply) => {
    const sql = `UPDATE vehicles SET odometer = ${request.body.odometer} WHERE id = ${request.params.id}`;
    await app.pg.query(sql); // expect: injection/sql-raw-query
    return reply.code(204).send();
  });
};

export default vehicleRoutes;
