import Fastify from 'fastify';
import _ from 'lodash';
import deepmerge from 'deepmerge';
import { setProperty } from 'dot-prop';

const app = Fastify();
const DEFAULTS = { theme: 'light' };

// lodash 4.17.21 skips __proto__ and constructor; deepmerge merges into a fresh object
app.put('/prefs', async (request) => {
  const merged = _.merge({}, DEFAULTS, request.body);
  const deep = deepmerge(DEFAULTS, request.body as object);
  return { merged, deep };
});

app.patch('/prefs', async (request) => {
  const { path, value } = request.body as { path: string; value: unknown };
  const doc = {};
  _.set(doc, path, value);
  setProperty(doc, path, value);
  return doc;
});

app.listen({ port: 3000 });
