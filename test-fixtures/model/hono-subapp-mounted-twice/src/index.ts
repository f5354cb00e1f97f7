import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { auth } from './routes/index';
import { sso } from './routes/sso';

const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.route('/auth', sso);
app.route('/auth', auth);

serve({ fetch: app.fetch, port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
