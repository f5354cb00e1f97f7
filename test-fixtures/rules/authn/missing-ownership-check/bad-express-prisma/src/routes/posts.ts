import { Router } from 'express';
import { prisma } from '../db';
import { requireAuth } from '../auth';

export const posts = Router();

// reading another member's post is what a blog is for: only changes need the author
posts.get('/:id', requireAuth, async (req, res) => {
  const post = await prisma.post.findUnique({ where: { id: req.params.id } });
  if (!post) return res.status(404).end();
  res.json(post);
});

posts.patch('/:id', requireAuth, async (req, res) => {
  const post = await prisma.post.update({ // expect: authn/missing-ownership-check
    where: { id: req.params.id },
    data: { title: req.body.title, body: req.body.body },
  });
  res.json(post);
});

// the owner is part of the filter: a post of someone else is not found
posts.delete('/:id', requireAuth, async (req, res) => {
  const { count } = await prisma.post.deleteMany({ where: { id: req.params.id, authorId: req.user.id } });
  if (count === 0) return res.status(404).end();
  res.status(204).end();
});

// loaded, then compared with the caller before it changes
posts.put('/:id', requireAuth, async (req, res) => {
  const existing = await prisma.post.findUnique({ where: { id: req.params.id } });
  if (!existing || existing.authorId !== req.user.id) return res.status(404).json({ error: 'not found' });
  const post = await prisma.post.update({ where: { id: existing.id }, data: { title: req.body.title } });
  res.json(post);
});
