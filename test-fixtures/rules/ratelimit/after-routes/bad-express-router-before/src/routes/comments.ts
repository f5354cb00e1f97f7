import { Router } from 'express';

const comments: { id: number; articleId: number; text: string }[] = [];

export const commentsRouter = Router();

commentsRouter.get('/', (_req, res) => {
  res.json(comments);
});

commentsRouter.post('/', (req, res) => {
  const comment = { id: comments.length + 1, articleId: Number(req.body.articleId), text: String(req.body.text).slice(0, 2000) };
  comments.push(comment);
  res.status(201).json(comment);
});
