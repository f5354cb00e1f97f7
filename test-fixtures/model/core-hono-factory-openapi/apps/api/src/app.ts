import { serve } from '@hono/node-server';
import { newApp } from './factory';
import { registerRoutes } from './routes';
import reports from './routes/reports';
import { staffOnly } from './middleware/session';

const app = newApp(); // expect: headers/helmet-missing, ratelimit/missing, errors/global-handler-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
registerRoutes(app);
// middleware registered for one method and path: not an endpoint of its own
app.get('/reports/*', staffOnly);
app.route('/reports', reports);
serve(app); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
