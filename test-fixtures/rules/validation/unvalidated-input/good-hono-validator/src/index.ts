import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import { z } from 'zod';

const ContactForm = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(10).max(5000) });
const Subscription = v.object({ email: v.pipe(v.string(), v.email()) });
const messages: z.infer<typeof ContactForm>[] = [];
const subscribers = new Set<string>();

const app = new Hono();

app.post(
  '/contact',
  validator('form', (value, c) => {
    const parsed = ContactForm.safeParse(value);
    if (!parsed.success) return c.json({ errors: parsed.error.flatten().fieldErrors }, 400);
    return parsed.data;
  }),
  (c) => {
    messages.push(c.req.valid('form'));
    return c.json({ received: true }, 202);
  },
);

app.post('/subscribe', async (c) => {
  const result = v.safeParse(Subscription, await c.req.json());
  if (!result.success) return c.json({ error: 'Invalid email' }, 400);
  subscribers.add(result.output.email);
  return c.body(null, 204);
});

app.get('/messages/:index', (c) => {
  const { index } = z.object({ index: z.coerce.number().int().min(0) }).parse(c.req.param());
  return c.json(messages[index] ?? null);
});

serve({ fetch: app.fetch, port: 3000 });
