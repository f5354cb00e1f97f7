import { Hono } from 'hono';
import { links } from './routes/links';

const app = new Hono();
app.route('/api/links', links);

export default { port: 3000, fetch: app.fetch };
