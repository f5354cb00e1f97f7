import Fastify from 'fastify';
import { clickhouse } from './db.js';

const app = Fastify({ logger: true });

// the id only fills a typed placeholder the server binds: {visitorId:String}
app.get('/visitors/:visitorId/pages', async (request, reply) => {
  const visitorId = request.params.visitorId;
  const result = await clickhouse.query({
    query: `SELECT pathname, timestamp FROM pageviews WHERE visitor_id = {visitorId:String} ORDER BY timestamp LIMIT 500`,
    format: 'JSONEachRow',
    query_params: { visitorId },
  });
  return reply.send(await result.json());
});

// a body field bound the same way, only to filter
app.post('/pages/search', async (request, reply) => {
  const { prefix } = request.body;
  const result = await clickhouse.query({
    query: `SELECT pathname, count() AS hits FROM pageviews WHERE startsWith(pathname, {prefix:String}) GROUP BY pathname`,
    format: 'JSONEachRow',
    query_params: { prefix },
  });
  return reply.send(await result.json());
});

// bound too, but written: the label is stored as sent
app.post('/visitors/:visitorId/labels', async (request, reply) => {
  const { label } = request.body; // expect: validation/unvalidated-input
  await clickhouse.command({
    query: `INSERT INTO visitor_labels (visitor_id, label) VALUES ({visitorId:String}, {label:String})`,
    query_params: { visitorId: request.params.visitorId, label },
  });
  return reply.code(204).send();
});

await app.listen({ port: 3000 });
