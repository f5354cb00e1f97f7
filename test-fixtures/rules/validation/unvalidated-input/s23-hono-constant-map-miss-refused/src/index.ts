import { Hono } from 'hono';
import { spawn } from 'node:child_process';

const SCRIPTS: Record<string, string> = {
  api: 'npm run dev:api',
  web: 'npm run dev:web',
};

const app = new Hono();

// the task picks one of the fixed scripts; an unknown name is answered 400 before anything runs
app.post('/tasks/:task', async (c) => {
  const task = c.req.param('task');
  const script = SCRIPTS[task];
  if (!script) {
    return c.json({ error: `unknown task ${task}` }, 400);
  }
  const child = spawn('sh', ['-c', script], { cwd: '/srv/app', env: { TASK_NAME: `task-${task}` } });
  return c.json({ task, pid: child.pid });
});

// the same lookup, but a miss only falls back to a default and the name is still written into the log file path
app.post('/logs/:task', async (c) => {
  const task = c.req.param('task'); // expect: validation/unvalidated-input
  const script = SCRIPTS[task] || SCRIPTS.api;
  const child = spawn('sh', ['-c', `${script} > /tmp/${task}.log`], { cwd: '/srv/app' });
  return c.json({ pid: child.pid });
});

export default app;
