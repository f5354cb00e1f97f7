import { Hono } from 'hono';
import tasks from './tasks.js';

interface Project {
  id: number;
  name: string;
}

const store: Project[] = [{ id: 1, name: 'Website relaunch' }];

const projects = new Hono().basePath('/projects');

projects.get('/', (c) => c.json(store));

projects.get('/:projectId', (c) => {
  const project = store.find((p) => p.id === Number(c.req.param('projectId')));
  return project ? c.json(project) : c.json({ error: 'Not found' }, 404);
});

// Third level: /api/v1/projects/:projectId/tasks
projects.route('/:projectId/tasks', tasks);

export default projects;
