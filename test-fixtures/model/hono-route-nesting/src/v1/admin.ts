import { Hono } from 'hono';

const admin = new Hono();

admin.get('/stats', (c) => c.json({ projects: 1, tasks: 0 }));

admin.delete('/projects/:projectId', (c) => {
  const projectId = Number(c.req.param('projectId'));
  return c.json({ deleted: projectId });
});

export default admin;
