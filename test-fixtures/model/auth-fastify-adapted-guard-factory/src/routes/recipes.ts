import type { FastifyPluginAsync } from 'fastify';
import { access, asPreHandler } from '../access/policy';

const recipes = new Map<string, { title: string }>();

export const recipeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/recipes', { preHandler: [asPreHandler(access.view('recipes'))] }, async () => [...recipes.values()]);

  app.post('/recipes', { preHandler: [asPreHandler(access.write('recipes'))] }, async (request) => {
    const body = request.body as { title: string }; // expect: validation/unvalidated-input
    recipes.set(String(recipes.size + 1), { title: String(body.title) });
    return { ok: true };
  });

  app.delete('/recipes/:id', { preHandler: [asPreHandler(access.remove('recipes'))] }, async (request) => {
    const { id } = request.params as { id: string };
    recipes.delete(id);
    return { ok: true };
  });

  // no check at all
  app.post('/recipes/clear', async () => { // expect: authn/unauthenticated-mutation
    recipes.clear();
    return { ok: true };
  });
};
