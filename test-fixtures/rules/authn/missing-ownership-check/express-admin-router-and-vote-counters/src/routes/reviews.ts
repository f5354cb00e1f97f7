import { Router } from 'express';
import { prisma } from '../db';
import { authenticate } from '../auth';

export const reviews = Router();

reviews.use(authenticate);

// any signed-in shopper may mark someone else's review as helpful or not: only a counter moves
reviews.post('/:id/vote', async (req, res) => {
  const helpful = req.body.helpful === true;
  const review = await prisma.review.update({
    where: { id: req.params.id },
    data: { ...(helpful ? { helpful: { increment: 1 } } : { notHelpful: { increment: 1 } }) },
  });
  res.json({ helpful: review.helpful, notHelpful: review.notHelpful });
});

reviews.patch('/:id', async (req, res) => {
  const review = await prisma.review.update({ // expect: authn/missing-ownership-check
    where: { id: req.params.id },
    data: { text: String(req.body.text) },
  });
  res.json(review);
});
