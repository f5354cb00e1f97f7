import { Router } from 'express';
import { z } from 'zod';
import { requireAuth } from '../middleware/auth';

const projects = new Map<string, { id: string; name: string; ownerId: string }>();
const ProjectBody = z.object({ name: z.string().min(1).max(100) });
const IdParams = z.object({ id: z.string().uuid() });

export const projectsRouter = Router();
projectsRouter.use(requireAuth);

projectsRouter.get('/', (_req, res) => {
  res.json([...projects.values()].filter((p) => p.ownerId === res.locals.userId));
});

projectsRouter.post('/', (req, res) => {
  const project = { id: crypto.randomUUID(), ...ProjectBody.parse(req.body), ownerId: res.locals.userId };
  projects.set(project.id, project);
  res.status(201).json(project);
});

projectsRouter.patch('/:id', (req, res) => {
  const project = projects.get(IdParams.parse(req.params).id);
  if (!project || project.ownerId !== res.locals.userId) return res.status(404).json({ error: 'Not found' });
  res.json(Object.assign(project, ProjectBody.parse(req.body)));
});

projectsRouter.delete('/:id', (req, res) => {
  const project = projects.get(IdParams.parse(req.params).id);
  if (!project || project.ownerId !== res.locals.userId) return res.status(404).json({ error: 'Not found' });
  projects.delete(project.id);
  res.status(204).end();
});
