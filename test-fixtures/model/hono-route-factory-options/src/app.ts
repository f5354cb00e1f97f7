import { serve } from '@hono/node-server';
import { secureHeaders } from 'hono/secure-headers';
import { makeRouter } from './lib/router';
import { adminBookRoutes } from './routes/books/admin';
import { publicBookRoutes } from './routes/books/public';

const app = makeRouter(); // expect: api/compression-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use('*', secureHeaders());
app.route('/api/v1/public/books', publicBookRoutes);
app.route('/api/v1/admin/books', adminBookRoutes);
app.onError((err, c) => c.json({ error: 'internal' }, 500));

serve({ fetch: app.fetch, port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
