import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { db, Context } from '../trpc/index';
import attachmentsApp from './routes/attachments';
import cards from './routes/cards';
import webhooks from './routes/webhooks';

const app = new Hono<{ Variables: { ctx: Context } }>()
  .use(async (c, next) => {
    c.set('ctx', { db, user: null });
    await next();
  })
  .route('/v1/cards', cards)
  .route('/v1/attachments', attachmentsApp)
  .route('/webhooks', webhooks);

serve({ fetch: app.fetch, port: 3000 });

export default app;
