import { Hono } from 'hono';
import { noticeRoutes } from './routes/notices';
import { apiRoutes } from './routes/api';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.route('/admin/notices', noticeRoutes);
app.route('/api', apiRoutes);

export default app;
