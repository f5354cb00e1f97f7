import { Hono } from 'hono';

const app = new Hono(); // expect: observability/metrics-missing, observability/tracing-missing

app.get('/health', (c) => c.json({ ok: true }));

export default app;
