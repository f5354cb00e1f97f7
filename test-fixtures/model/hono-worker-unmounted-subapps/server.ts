import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import newsRoutes from './src/routes/news';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, ratelimit/missing
app.use('*', secureHeaders());
app.route('/api', newsRoutes);

export default app;
