import { Router } from 'express';
import { needUser } from './auth';

export const likes = Router();
const counts = new Map<string, Set<string>>();

likes.post('/:postId/like', needUser, (req: any, res) => {
  const who = counts.get(req.params.postId) ?? new Set<string>();
  who.add(req.user.sub);
  counts.set(req.params.postId, who);
  res.json({ likes: who.size });
});
