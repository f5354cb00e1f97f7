import Fastify from 'fastify';
import _ from 'lodash';
import set from 'lodash.set';
import dotProp from 'dot-prop';

const app = Fastify();

app.put('/prefs', async (request) => {
  const prefs = {};
  return _.merge(prefs, request.body); // expect: injection/prototype-pollution
});

app.patch('/prefs', async (request) => {
  const { path, value } = request.body as { path: string; value: unknown };
  const doc = {};
  set(doc, path, value); // expect: injection/prototype-pollution
  dotProp.set(doc, path, value); // expect: injection/prototype-pollution
  return doc;
});

app.listen({ port: 3000 });
