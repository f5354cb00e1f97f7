import { Hono } from 'hono';
import { labelRoute } from './feature/labelRoute';

const app = new Hono();
app.route('/labels', labelRoute);

export default app;
