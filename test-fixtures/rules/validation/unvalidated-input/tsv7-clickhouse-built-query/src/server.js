import Fastify from 'fastify';
import SqlString from 'sqlstring';
import { clickhouse } from './db.js';
import { buildTotalsQuery } from './queries.js';

const app = Fastify({ logger: true });

// the path id fills a typed placeholder of a statement a helper built: bound by the server whatever the text
app.get('/projects/:project/totals', async (request, reply) => {
  const { project } = request.params;
  const query = buildTotalsQuery(request.query.granularity === 'hour' ? 'hour' : 'day');
  const result = await clickhouse.query({ query, format: 'JSONEachRow', query_params: { projectId: Number(project) } });
  return reply.send(await result.json());
});

// the path id quoted as one SQL literal by sqlstring after a numeric conversion
app.get('/projects/:project/referrers', async (request, reply) => {
  const { project } = request.params;
  const result = await clickhouse.query({
    query: `SELECT referrer, count() AS n FROM pageviews WHERE project_id = ${SqlString.escape(Number(project))} GROUP BY referrer`,
    format: 'JSONEachRow',
  });
  return reply.send(await result.json());
});

// spliced into the statement text as it is: still reported
app.get('/projects/:project/purge', async (request, reply) => {
  const { project } = request.params; // expect: validation/unvalidated-input
  await clickhouse.command({ query: `ALTER TABLE pageviews DELETE WHERE project_id = ${project}` });
  return reply.code(204).send();
});

await app.listen({ port: 3000 });
