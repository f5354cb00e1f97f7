import { Router, type Request } from 'express';
import { z } from 'zod';
import { requireAuth } from '../middleware/auth';
import { createProject, listProjects, prisma, type ProjectInput } from '../services/projects';

export const projectsRouter = Router();
projectsRouter.use(requireAuth);

const UpdateProject = z.object({ name: z.string().min(1).max(100), description: z.string().max(2000).optional() });

projectsRouter.get('/', async (req, res) => {
  const page = Number(req.query.page ?? 1); // expect: validation/unvalidated-input[warning]
  res.json(await listProjects(res.locals.userId, page));
});

projectsRouter.get('/mine', async (_req, res) => {
  res.json(await listProjects(res.locals.userId, 1));
});

projectsRouter.get('/:id', async (req, res) => {
  const project = await prisma.project.findUnique({ where: { id: parseInt(req.params.id, 10) } });
  if (!project) return res.status(404).json({ error: 'Not found' });
  res.json(project);
});

projectsRouter.post('/', async (req: Request<{}, {}, ProjectInput>, res) => {
  const project = await createProject(res.locals.userId, req.body); // expect: validation/unvalidated-input[warning]
  res.status(201).json(project);
});

projectsRouter.put('/:id', async (req, res) => {
  const data = UpdateProject.parse(req.body);
  const { id } = req.params;
  res.json(await prisma.project.update({ where: { id: Number(id), ownerId: res.locals.userId }, data }));
});

projectsRouter.post('/:id/members', async (req, res) => {
  const { email, role } = req.body; // expect: validation/unvalidated-input[warning]
  const member = await prisma.member.create({ data: { projectId: Number(req.params.id), email, role } });
  res.status(201).json(member);
});
