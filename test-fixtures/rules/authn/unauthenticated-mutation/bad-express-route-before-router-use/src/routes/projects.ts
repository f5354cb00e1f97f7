import { Router } from 'express';
import { z } from 'zod';
import { requireAuth } from '../middleware/auth';

const projects = new Map<string, { id: string; name: string; archived: boolean }>();
const IdParams = z.object({ id: z.string().uuid() });

export const projectsRouter = Router();

projectsRouter.get('/', (_req, res) => {
  res.json([...projects.values()]);
});

// Declared before router.use(requireAuth), so the middleware never runs for it.
projectsRouter.post('/:id/archive', (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const project = projects.get(IdParams.parse(req.params).id);
  if (!project) return res.status(404).json({ error: 'Not found' });
  project.archived = true;
  res.json(project);
});

projectsRouter.use(requireAuth);

projectsRouter.post('/', (req, res) => {
  const { name } = z.object({ name: z.string().min(1).max(100) }).parse(req.body);
  const project = { id: crypto.randomUUID(), name, archived: false };
  projects.set(project.id, project);
  res.status(201).json(project);
});

projectsRouter.delete('/:id', (req, res) => {
  projects.delete(IdParams.parse(req.params).id);
  res.status(204).end();
});
