import { Hono } from 'hono';
import * as v from 'valibot';
import { checkJson, checkPathParams } from './checks';
import { signedInOnly } from './guard';

const plants = new Map<string, string>();

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.put(
  '/plants/:plantId',
  signedInOnly({ scopes: ['plants:write'] }),
  checkPathParams(v.object({ plantId: v.string() })),
  checkJson(v.object({ name: v.pipe(v.string(), v.maxLength(60)) })),
  async (c) => {
    const { plantId } = c.req.valid('param');
    const { name } = c.req.valid('json');
    plants.set(plantId, name);
    return c.json({ plantId, name });
  },
);

app.delete('/plants/:plantId', checkPathParams(v.object({ plantId: v.string() })), (c) => { // expect: authn/unauthenticated-mutation
  plants.delete(c.req.valid('param').plantId);
  return c.body(null, 204);
});

export default app;
