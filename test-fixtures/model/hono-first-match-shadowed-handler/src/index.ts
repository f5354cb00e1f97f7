import { Hono } from 'hono';
import items from './routes/items';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.route('/items', items);

export default app;
