import { Hono } from 'hono';
import yaml from 'js-yaml';

const app = new Hono();

// js-yaml 3: load uses DEFAULT_FULL_SCHEMA, which builds functions from !!js/function
app.post('/import', async (c) => {
  const doc = yaml.load(await c.req.text()); // expect: injection/code
  return c.json(doc as object);
});

// the safe schema
app.post('/import-safe', async (c) => {
  const doc = yaml.safeLoad(await c.req.text());
  return c.json(doc as object);
});

// an explicit safe schema
app.post('/import-json', async (c) => {
  const doc = yaml.load(await c.req.text(), { schema: yaml.JSON_SCHEMA });
  return c.json(doc as object);
});

export default app;
