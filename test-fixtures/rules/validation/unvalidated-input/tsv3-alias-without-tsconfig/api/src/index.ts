// the routes import by relative path; the handlers reach each other through the @/ alias of a tsconfig not committed
import { Hono } from 'hono';
import { entryHandler } from './handlers/entry.handler';

const app = new Hono();
app.get('/entries/:id', entryHandler.getById);
app.post('/entries/:id/annotate', entryHandler.annotate);

export default app;
