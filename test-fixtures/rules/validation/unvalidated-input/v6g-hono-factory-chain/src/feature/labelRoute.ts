import { Hono } from 'hono';
import { resolveLabelHandler } from './labelDi';

// the handler is built per request by a resolver that wires repository, use case and handler factories
export function createLabelRoute() {
  const app = new Hono<{ Bindings: { DB: unknown }; Variables: { h: ReturnType<typeof resolveLabelHandler> } }>();

  app.use('*', async (c, next) => {
    c.set('h', resolveLabelHandler(c));
    return next();
  });

  return app
    .delete('/:id', async (c) => {
      const { id } = c.req.param();
      await c.var.h.removeLabel(id);
      return c.json({ success: true });
    })
    .post('/:id/archive', async (c) => {
      const { id } = c.req.param(); // expect: validation/unvalidated-input
      await c.var.h.archiveLabel(id);
      return c.json({ success: true });
    });
}

export const labelRoute = createLabelRoute();
