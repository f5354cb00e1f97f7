import { Hono } from 'hono';
import { join } from 'path';
import { loader } from './core/loader';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/health', (c) => c.json({ ok: true }));

async function start() {
  loader.setApp(app);
  // each folder under modules/ that holds a module.ts is loaded and mounted under the prefix it declares
  await loader.loadAll(join(import.meta.dir, 'modules'));
}

await start();

export default { port: 3000, fetch: app.fetch };
