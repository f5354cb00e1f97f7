import { Hono } from 'hono';
import { adminRoute } from './feature/admin/adminRoute';

const app = new Hono();
app.route('/admin', adminRoute);

export default app;
