const Fastify = require('fastify');
const { createFlowRepository, pool } = require('./repo');

const app = Fastify();

function getRepos() {
  return { flows: createFlowRepository(pool) };
}

// a page of flows and the total: list and count only
app.get('/flows', async (request) => {
  const { flows } = getRepos();
  const n = Math.min(100, Number(request.query.limit) || 20);
  const [items, total] = await Promise.all([flows.list(n), flows.count()]);
  return { items, total };
});

// every flow whose name starts with the prefix
app.get('/flows/named', async (request) => {
  const repo = createFlowRepository(pool);
  return repo.listNamed(String(request.query.prefix || ''));
});

app.listen({ port: 3000 });
