import express from 'express';

const app = express(); // expect: ratelimit/missing, headers/helmet-missing

const meta = {
  status: 'ok',
  version: process.env.APP_VERSION ?? 'dev',
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

app.listen(3000);
