import { Hono } from 'hono';

const crossings = new Hono();
const timetable: { id: string; from: string; to: string }[] = [];

crossings.get('/crossings', (c) => c.json(timetable));
crossings.delete('/crossings/:id', (c) => { // expect: authn/unauthenticated-mutation
  const i = timetable.findIndex((t) => t.id === c.req.param('id'));
  if (i >= 0) timetable.splice(i, 1);
  return c.body(null, 204);
});

export default crossings;
