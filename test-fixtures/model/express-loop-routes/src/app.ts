import express from 'express';

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

const meta = {
  status: 'ok',
  version: process.env.APP_VERSION ?? 'dev', // expect: config/env-undocumented
};

// Constant array: expands to GET /meta/status and GET /meta/version.
for (const p of ['status', 'version'] as const) {
  app.get(`/meta/${p}`, (_req, res) => {
    res.json({ [p]: meta[p] });
  });
}

// Known only at run time: one route whose last segment is unknown.
const enabledFeatures = (process.env.FEATURES ?? '').split(',').filter(Boolean);

for (const feature of enabledFeatures) {
  app.get(`/features/${feature}`, (_req, res) => {
    res.json({ feature, enabled: true });
  });
}

// A table of routers walked with for...of: each entry mounts at its prefix.
const docsRouter = express.Router();
docsRouter.get('/', (_req, res) => res.send('docs'));

const auditRouter = express.Router();
auditRouter.get('/entries', (_req, res) => res.json([]));

const sections = [
  { prefix: '/docs', router: docsRouter },
  { prefix: '/audit', router: auditRouter },
];

for (const section of sections) {
  app.use(section.prefix, section.router);
}

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
