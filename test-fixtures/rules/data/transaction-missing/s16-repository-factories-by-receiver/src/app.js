const Fastify = require('fastify');
const { getRepos } = require('./repos');

const app = Fastify();

async function execute(runId) {
  return { ok: runId !== null };
}

// only the run's own row changes, before and after the work
app.post('/runs/:runId/resume', async (request) => {
  const { runs } = getRepos();
  await runs.setState(request.params.runId, 'running');
  const result = await execute(request.params.runId);
  await runs.setState(request.params.runId, result.ok ? 'done' : 'failed');
  return result;
});

// a job is created alone
app.post('/jobs', async (request, reply) => {
  const { jobs } = getRepos();
  const id = await jobs.create(String(request.body.name));
  return reply.code(201).send({ id });
});

// a run and its first step: two tables, no transaction
app.post('/jobs/:id/runs', async (request, reply) => {
  const { runs, steps } = getRepos();
  const runId = await runs.create(request.params.id);
  await steps.create(runId, 'start');
  return reply.code(201).send({ runId });
});

app.listen({ port: 3000 });
