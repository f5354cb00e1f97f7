import { Hono } from 'hono';

interface Task {
  id: number;
  projectId: number;
  title: string;
  done: boolean;
}

const store: Task[] = [];

const tasks = new Hono();

tasks.get('/', (c) => {
  const projectId = Number(c.req.param('projectId'));
  return c.json(store.filter((t) => t.projectId === projectId));
});

tasks.post('/', async (c) => { // expect: authn/unauthenticated-mutation
  const { title } = await c.req.json<{ title: string }>(); // expect: validation/unvalidated-input
  const task: Task = { id: store.length + 1, projectId: Number(c.req.param('projectId')), title, done: false };
  store.push(task);
  return c.json(task, 201);
});

tasks.delete('/:taskId', (c) => { // expect: authn/unauthenticated-mutation
  const index = store.findIndex((t) => t.id === Number(c.req.param('taskId')));
  if (index >= 0) store.splice(index, 1);
  return c.body(null, 204);
});

export default tasks;
