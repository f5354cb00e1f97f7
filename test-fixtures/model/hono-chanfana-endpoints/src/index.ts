import { fromHono } from 'chanfana';
import { Hono } from 'hono';
import { notesRouter } from './endpoints/notes/router';
import { HealthCheck } from './health';
import { PriceQuote } from './quote';

const app = new Hono(); // expect: api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

const openapi = fromHono(app, { docs_url: '/', openapi_url: '/openapi.json' });
openapi.get('/health', HealthCheck);
openapi.post('/quote', PriceQuote);
openapi.route('/notes', notesRouter);

export default app;
