const express = require('express');
const path = require('path');
const fs = require('fs-extra');

const TEMPLATES = path.resolve(__dirname, '../../../templates');
const OUTPUT = path.resolve(__dirname, '../../../generated');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json({ limit: '50kb' }));

app.get('/api/templates', async (req, res) => { // expect: errors/async-handler-unwrapped
  const names = await fs.readdir(TEMPLATES);
  res.json(names.filter((n) => !n.includes('.')));
});

// a new project is a copy of a template folder, its {{PROJECT_NAME}} placeholders filled in
app.post('/api/projects', async (req, res) => { // expect: errors/async-handler-unwrapped
  const template = String(req.body.template || '');
  const name = String(req.body.name || '').replace(/[^a-z0-9-]/g, '');
  if (!['api-service'].includes(template) || !name) return res.status(400).json({ error: 'bad request' });
  await fs.copy(path.join(TEMPLATES, template), path.join(OUTPUT, name));
  const pkg = path.join(OUTPUT, name, 'package.json');
  await fs.writeFile(pkg, (await fs.readFile(pkg, 'utf8')).replace(/\{\{PROJECT_NAME\}\}/g, name));
  res.status(201).json({ name });
});

app.listen(process.env.PORT || 4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
