import { Router } from 'express';
import { prisma } from '../lib/prisma';
import { requireAuth } from '../middleware/auth';

const router = Router();
const PAGE_SIZE = 20;

// GET /api/posts?page=1
router.get('/', async (req, res) => {
  const page = Number(req.query.page) || 1; // expect: validation/unvalidated-input
  const posts = await prisma.post.findMany({
    where: { published: true },
    orderBy: { createdAt: 'desc' },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    include: { author: { select: { id: true, name: true } } },
  });
  res.json(posts);
});

// GET /api/posts/search?q=...
router.get('/search', async (req, res) => {
  const q = req.query.q as string; // expect: validation/unvalidated-input
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title, "createdAt" FROM "Post" WHERE published = true AND title ILIKE '%${q}%' ORDER BY "createdAt" DESC LIMIT 20`); // expect: injection/sql-raw-query[error]
  res.json(posts);
});

router.get('/:id', async (req, res) => {
  const post = await prisma.post.findUnique({ where: { id: req.params.id } });
  if (!post) {
    return res.status(404).json({ message: 'Post not found' });
  }
  res.json(post);
});

router.post('/', requireAuth, async (req, res) => {
  const { title, content, published } = req.body; // expect: validation/unvalidated-input
  const post = await prisma.post.create({
    data: { title, content, published: Boolean(published), authorId: req.user!.id },
  });
  res.status(201).json(post);
});

router.put('/:id', requireAuth, async (req, res) => {
  const post = await prisma.post.findUnique({ where: { id: req.params.id } });
  if (!post) {
    return res.status(404).json({ message: 'Post not found' });
  }
  if (post.authorId !== req.user!.id) {
    return res.status(403).json({ message: 'Forbidden' });
  }
  const updated = await prisma.post.update({
    where: { id: post.id },
    data: { title: req.body.title, content: req.body.content, published: req.body.published }, // expect: validation/unvalidated-input
  });
  res.json(updated);
});

router.delete('/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.post.delete({ where: { id: req.params.id } });
  res.status(204).send();
});

export default router;
