import { Hono } from 'hono';
import { buildAdminHandler } from './adminDi';

type Env = { Bindings: { DB: unknown }; Variables: { admin: ReturnType<typeof buildAdminHandler> } };

function createAdminRoute() {
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    c.set('admin', buildAdminHandler(c));
    return next();
  });

  return app
    .get('/stats', async (c) => c.json(await c.var.admin.stats()))
    .delete('/members/:id', async (c) => {
      const { id } = c.req.param();
      const result = await c.var.admin.purgeMember(id);
      return c.json(result);
    })
    .post('/members/:id/note', async (c) => {
      const { id } = c.req.param(); // expect: validation/unvalidated-input
      const result = await c.var.admin.annotateMember(id, 'checked');
      return c.json(result);
    });
}

export const adminRoute = createAdminRoute();
