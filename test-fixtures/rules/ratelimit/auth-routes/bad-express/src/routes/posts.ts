import { Router } from 'express';
import { z } from 'zod';

const posts: { id: number; title: string }[] = [];

export const postsRouter = Router();

postsRouter.get('/', (_req, res) => {
  res.json(posts);
});

postsRouter.get('/search', (req, res) => {
  const { q } = z.object({ q: z.string().min(2).max(100) }).parse(req.query);
  res.json(posts.filter((p) => p.title.includes(q)));
});

postsRouter.post('/', (req, res) => {
  const { title } = z.object({ title: z.string().min(1).max(200) }).parse(req.body);
  const post = { id: posts.length + 1, title };
  posts.push(post);
  res.status(201).json(post);
});
