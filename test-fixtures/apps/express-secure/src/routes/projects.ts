import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../db';
import { requireAuth } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { createProject, getProjectStats } from '../services/projectService';

const listProjectsSchema = z.object({
  query: z.object({
    status: z.enum(['active', 'done']).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  }),
});

const projectIdSchema = z.object({
  params: z.object({ id: z.string().uuid() }),
});

export const projectsRouter = Router();

projectsRouter.use(requireAuth);

// GET /api/v1/projects?status=active&limit=20&offset=0
projectsRouter.get('/', validate(listProjectsSchema), async (req, res) => {
  const { status, limit = '20', offset = '0' } = req.query as Record<string, string | undefined>;
  const { rows } = await pool.query(
    `SELECT id, name, status, created_at FROM projects
     WHERE owner_id = $1 AND archived = false AND ($2::text IS NULL OR status = $2)
     ORDER BY created_at DESC LIMIT $3 OFFSET $4`,
    [req.user!.id, status ?? null, Number(limit), Number(offset)],
  );
  res.json(rows);
});

projectsRouter.get('/:id/stats', validate(projectIdSchema), async (req, res) => {
  const { id } = req.params as { id: string };
  const stats = await getProjectStats(id, req.user!.id);
  if (!stats) {
    res.status(404).json({ error: 'Project not found' });
    return;
  }
  res.json(stats);
});

// The body is validated by createProjectSchema inside the service.
projectsRouter.post('/', async (req, res) => {
  const project = await createProject(req.user!.id, req.body);
  res.status(201).json(project);
});

projectsRouter.post('/:id/archive', validate(projectIdSchema), async (req, res) => {
  const { id } = req.params as { id: string };
  const { rowCount } = await pool.query(
    'UPDATE projects SET archived = true WHERE id = $1 AND owner_id = $2',
    [id, req.user!.id],
  );
  if (!rowCount) {
    res.status(404).json({ error: 'Project not found' });
    return;
  }
  res.status(204).end();
});
