import { Hono } from 'hono';

const quotes = ['Simplicity is prerequisite for reliability.'];

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.get('/quotes', (c) => c.json(quotes));

export default app;
