import { Router } from 'express';

const recipes = [{ id: 1, title: 'Shakshuka' }];

export const recipesRouter = Router();

recipesRouter.get('/', (_req, res) => {
  res.json(recipes);
});

recipesRouter.get('/:id', (req, res) => {
  const recipe = recipes.find((r) => String(r.id) === req.params.id);
  if (!recipe) return res.status(404).json({ error: 'Not found' });
  res.json(recipe);
});
