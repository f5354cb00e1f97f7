import { Hono } from 'hono';
import { loadContext } from './session.js';
import items from './routes/items.js';
import guestbook from './routes/guestbook.js';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.use(loadContext);
app.route('/items', items);
app.route('/guestbook', guestbook);

export default app;
