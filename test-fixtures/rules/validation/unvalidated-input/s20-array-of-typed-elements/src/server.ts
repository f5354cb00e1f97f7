import Fastify from 'fastify';
import { saveIgnoreList, saveLabels } from './settings.js';

const app = Fastify();

// kept only as an array of strings: anything else becomes an empty list
app.put('/settings/ignore-list', async (request) => {
  const body = request.body as { patterns?: unknown };
  const patterns = Array.isArray(body?.patterns)
    ? body.patterns.filter((value): value is string => typeof value === 'string')
    : [];
  return { patterns: await saveIgnoreList(patterns) };
});

// an array of anything: the elements go on unchecked
app.put('/settings/labels', async (request) => {
  const body = request.body as { labels?: unknown[] }; // expect: validation/unvalidated-input
  const labels = Array.isArray(body?.labels) ? body.labels : [];
  return { labels: await saveLabels(labels) };
});

app.listen({ port: 3000 });
