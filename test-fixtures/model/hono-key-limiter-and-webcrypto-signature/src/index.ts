import { Hono } from 'hono';
import { partnerQuota } from './middleware/quota';
import { partnerSignature } from './middleware/signature';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing
const shipments: { id: string; ref: string }[] = [];

app.use('/partner/*', partnerQuota);
app.post('/partner/shipments', partnerSignature, async (c) => {
  const { ref } = await c.req.json<{ ref: string }>(); // expect: validation/unvalidated-input
  const row = { id: crypto.randomUUID(), ref: String(ref).slice(0, 64) };
  shipments.push(row);
  return c.json(row, 201);
});
app.delete('/partner/shipments/:id', (c) => { // expect: authn/unauthenticated-mutation
  const i = shipments.findIndex((s) => s.id === c.req.param('id'));
  if (i >= 0) shipments.splice(i, 1);
  return c.body(null, 204);
});
app.get('/partner/shipments', (c) => c.json(shipments));

export default app;
