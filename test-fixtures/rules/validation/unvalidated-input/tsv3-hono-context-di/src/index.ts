import { Hono } from 'hono';
import { tagRoute } from './feature/tagRoute';

const app = new Hono();
app.route('/tags', tagRoute);

export default app;
