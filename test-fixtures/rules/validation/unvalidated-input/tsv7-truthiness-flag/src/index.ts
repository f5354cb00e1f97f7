import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = new Hono();

// "mutual" only switches between two fixed queries; it is never handed anywhere
app.get('/people/suggested', async (c) => {
  const mutual = c.req.query('mutual');
  if (!mutual) {
    return c.json(await prisma.person.findMany({ take: 10, orderBy: { createdAt: 'desc' } }));
  }
  const people = await prisma.person.findMany({ where: { followers: { some: {} } }, take: 10 });
  return c.json(mutual ? people : []);
});

// tested first, then written into the record: reported
app.post('/people/:id/nickname', async (c) => {
  const nickname = c.req.query('nickname'); // expect: validation/unvalidated-input
  if (!nickname) return c.json({ error: 'nickname required' }, 400);
  await prisma.person.update({ where: { id: c.req.param('id') }, data: { nickname } });
  return c.body(null, 204);
});

// tested for presence, then spread into new rows: reported
app.post('/people/batch', async (c) => {
  const rows = (await c.req.json()).rows; // expect: validation/unvalidated-input
  if (!rows) return c.json({ error: 'rows required' }, 400);
  await prisma.person.createMany({ data: [...rows] });
  return c.body(null, 201);
});

export default app;
