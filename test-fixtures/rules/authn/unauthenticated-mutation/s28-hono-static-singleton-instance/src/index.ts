import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { FlowLinter, FlowStore } from './linter';

const app = new Hono();

app.get('/flows', bearerAuth({ token: process.env.API_TOKEN! }), (c) => c.json([]));

// checks a posted flow and answers the problems: nothing is kept
app.post('/flows/lint', async (c) => {
  const body = await c.req.json();
  const steps = Array.isArray(body?.steps) ? body.steps.slice(0, 500) : [];
  return c.json({ problems: FlowLinter.getInstance().lint(steps) });
});

// keeps the flow: open to anyone by mistake
app.post('/flows/:name', async (c) => { // expect: authn/unauthenticated-mutation
  const body = await c.req.json();
  FlowStore.getInstance().save(c.req.param('name'), Array.isArray(body?.steps) ? body.steps.slice(0, 500) : []);
  return c.json({ ok: true }, 201);
});

export default app;
