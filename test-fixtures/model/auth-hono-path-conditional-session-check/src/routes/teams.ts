import { Hono } from 'hono';

const teams = new Hono();
const members: string[] = [];

teams.get('/teams', (c) => c.json(members));
teams.post('/teams/:name', (c) => {
  members.push(c.req.param('name')); // expect: validation/unvalidated-input
  return c.json({ ok: true }, 201);
});

export default teams;
