import express from 'express';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const app = express();
app.use(express.json({ limit: '100kb' }));

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const ListQuery = z.object({ page: z.coerce.number().int().min(1).default(1), q: z.string().max(100).optional() });
const ProjectBody = z.object({ name: z.string().min(1).max(100), description: z.string().max(2000).optional() }).strict();

app.get('/projects', async (req, res) => {
  const { page, q } = ListQuery.parse(req.query);
  const where = q ? { name: { contains: q } } : {};
  res.json(await prisma.project.findMany({ where, skip: (page - 1) * 20, take: 20 }));
});

app.get('/projects/:id', async (req, res) => {
  const { id } = IdParams.parse(req.params);
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) return res.status(404).json({ error: 'Not found' });
  res.json(project);
});

app.post('/projects', async (req, res) => {
  const result = ProjectBody.safeParse(req.body);
  if (!result.success) return res.status(400).json({ errors: result.error.flatten().fieldErrors });
  res.status(201).json(await prisma.project.create({ data: result.data }));
});

app.put('/projects/:id', async (req, res) => {
  const { id } = await IdParams.parseAsync(req.params);
  const data = await ProjectBody.partial().parseAsync(req.body);
  res.json(await prisma.project.update({ where: { id }, data }));
});

export default app;
