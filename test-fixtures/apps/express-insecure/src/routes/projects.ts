import { Router } from 'express';
import { pool, prisma } from '../db';
import { requireAuth } from '../middleware/auth';

export const projectsRouter = Router();

// GET /api/projects?status=active&sort=name
projectsRouter.get('/', requireAuth, async (req, res) => {
  const { status = 'active', sort = 'created_at' } = req.query; // expect: validation/unvalidated-input
  const sql = `SELECT id, name, status, created_at FROM projects WHERE owner_id = $1 AND status = '${status}' ORDER BY ${sort} DESC`;
  const { rows } = await pool.query(sql, [req.user!.id]); // expect: injection/sql-raw-query[error], data/unbounded-list
  res.json(rows);
});

projectsRouter.get('/:id/stats', requireAuth, async (req, res) => {
  const { id } = req.params; // expect: validation/unvalidated-input
  const stats = await prisma.$queryRawUnsafe(`SELECT count(*)::int AS total, count(*) FILTER (WHERE done)::int AS done FROM tasks WHERE project_id = '${id}'`); // expect: injection/sql-raw-query[error]
  res.json(stats);
});

projectsRouter.post('/', requireAuth, async (req, res) => {
  const { name, description } = req.body; // expect: validation/unvalidated-input
  const project = await prisma.project.create({
    data: { name, description, ownerId: req.user!.id },
  });
  res.status(201).json(project);
});

projectsRouter.post('/:id/archive', async (req, res) => { // expect: authn/unauthenticated-mutation
  const { rowCount } = await pool.query('UPDATE projects SET archived = true WHERE id = $1', [req.params.id]);
  if (!rowCount) {
    res.status(404).json({ error: 'Project not found' });
    return;
  }
  res.json({ archived: true });
});
