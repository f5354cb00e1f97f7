import { Hono } from 'hono';
import { Context, createCallerFactory } from '../../trpc/index';
import { appRouter } from '../../trpc/routers/app';

const createCaller = createCallerFactory(appRouter);

const webhooks = new Hono<{ Variables: { ctx: Context } }>().post('/stripe', async (c) => {
  const body = await c.req.text();
  const signature = c.req.header('stripe-signature');
  if (!signature) {
    return c.json({ error: 'missing signature' }, 400);
  }
  const api = createCaller(c.get('ctx'));
  const result = await api.billing.handleWebhook({ body, signature });
  return c.json(result);
});

export default webhooks;
