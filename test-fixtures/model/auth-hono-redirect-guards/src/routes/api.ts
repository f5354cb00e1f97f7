import { Hono } from 'hono';
import { staffOnly } from '../middleware/session';
import { requireMember } from '../middleware/members';

const places: string[] = [];
const favourites: string[] = [];

export const apiRoutes = new Hono();

apiRoutes.get('/places', (c) => c.json(places));

apiRoutes.post('/places', staffOnly, async (c) => {
  const body = await c.req.json(); // expect: validation/unvalidated-input
  places.push(String(body.name));
  return c.json({ ok: true }, 201);
});

apiRoutes.post('/favourites', requireMember, async (c) => {
  const body = await c.req.json(); // expect: validation/unvalidated-input
  favourites.push(String(body.place));
  return c.json({ ok: true }, 201);
});

// nothing checks who calls this
apiRoutes.post('/places/reset', (c) => { // expect: authn/unauthenticated-mutation
  places.length = 0;
  return c.json({ ok: true });
});
