import { Hono } from 'hono';
import { newTagHandler } from './tagHandler';
import { newTagRepository } from './tagRepository';
import { newTagUsecase } from './tagUsecase';

// each request gets its handler through the context: c.set('h', ...) in a middleware, c.var.h in the routes
export function createTagRoute() {
  const app = new Hono<{ Bindings: { DB: unknown }; Variables: { userId: string; h: ReturnType<typeof newTagHandler> } }>();

  app.use('*', async (c, next) => {
    const repo = newTagRepository(c.env.DB);
    const uc = newTagUsecase(repo);
    const h = newTagHandler(uc);
    c.set('h', h);
    return next();
  });

  return app
    .delete('/:id', async (c) => {
      const { id } = c.req.param();
      await c.var.h.removeTag(c.get('userId'), id);
      return c.json({ success: true });
    })
    .post('/:id/rename', async (c) => {
      const { id } = c.req.param(); // expect: validation/unvalidated-input
      await c.var.h.renameTag(c.get('userId'), id);
      return c.json({ success: true });
    });
}

export const tagRoute = createTagRoute();
