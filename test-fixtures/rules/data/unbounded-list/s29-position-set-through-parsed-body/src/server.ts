import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const app = Fastify();

const categorySchema = z.object({ name: z.string().max(80), order: z.number().int().min(0).max(999) });
const sectionSchema = z.object({ title: z.string().max(80), categoryId: z.string(), order: z.number().int() });

// categories and sections an editor arranges by hand (their order comes with what the editor sends)
app.get('/categories', async () => prisma.category.findMany({ where: { active: true }, orderBy: { order: 'asc' } }));
app.get('/sections', async () => prisma.section.findMany({ orderBy: [{ categoryId: 'asc' }, { order: 'asc' }] }));

app.post('/categories', async (request) => {
  const data = categorySchema.parse(request.body);
  return prisma.category.create({ data: { ...data, slug: data.name.toLowerCase() } });
});

app.post('/sections', async (request) => {
  const data = sectionSchema.parse(request.body);
  return prisma.section.create({ data });
});

// posts all written with the same order value: the column arranges nothing, the list grows with use
app.get('/posts', async () => prisma.post.findMany({ orderBy: { order: 'asc' } })); // expect: data/unbounded-list

app.post('/posts', async (request) => {
  return prisma.post.create({ data: { body: String((request.body as any).body), order: 0 } });
});

app.listen({ port: 3000 });
