import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { pool } from './db.js';
import { produtos } from './routes/produtos.js';

const ORIGENS_PERMITIDAS = ['https://loja.exemplo.com.br', 'https://admin.loja.exemplo.com.br'];

export const app = new Hono(); // expect: api/openapi-missing, ratelimit/missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use(logger()); // expect: logging/no-request-id
app.use(secureHeaders());
app.use(
  '/api/*',
  cors({
    origin: ORIGENS_PERMITIDAS,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type'],
  }),
);

app.get('/health', async (c) => {
  try {
    await pool.query('SELECT 1');
    return c.json({ status: 'ok' });
  } catch {
    return c.json({ status: 'banco indisponível' }, 503);
  }
});

app.route('/api/produtos', produtos);

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(err); // expect: logging/console-in-server
  return c.json({ erro: 'erro interno' }, 500);
});
