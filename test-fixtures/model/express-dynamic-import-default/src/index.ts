import express from 'express';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.get('/api/health', (_req, res) => res.json({ ok: true }));
app.listen(3000, () => { // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  loadApplication().catch((err) => console.error(err));
});

async function loadApplication() {
  const recipeRoutes = (await import('./mod/recipes.routes.js')).default;
  const { tagsRouter } = await import('./mod/tags.routes.js');
  app.use('/api/recipes', recipeRoutes);
  app.use('/api/tags', tagsRouter);
}
