import { Hono } from 'hono';
import { ApiError } from './errors';
import { throttle } from './middleware/throttle';

const app = new Hono();

app.onError((err, c) => {
  const status = err instanceof ApiError ? err.statusCode : 500;
  return c.json({ error: err.message }, status as 500);
});

app.use('*', throttle);

app.get('/quotes/:symbol', (c) => c.json({ symbol: c.req.param('symbol').toUpperCase().slice(0, 8), price: 0 }));

export default { port: 3000, fetch: app.fetch };
