const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the score is recomputed after the answer, on its own: a failure there leaves the review stored, as intended
async function refreshScore(productId) {
  const reviews = await prisma.review.findMany({ where: { productId }, select: { stars: true } });
  const avg = reviews.reduce((s, r) => s + r.stars, 0) / Math.max(1, reviews.length);
  await prisma.productScore.upsert({ where: { productId }, update: { avg }, create: { productId, avg } });
}

app.post('/products/:id/reviews', async (req, res) => {
  const productId = Number(req.params.id);
  const stars = Math.min(5, Math.max(1, Number(req.body.stars) || 1));
  const review = await prisma.review.create({ data: { productId, stars } });
  setImmediate(async () => {
    try {
      await refreshScore(productId);
    } catch (err) {
      console.error('score refresh failed', err);
    }
  });
  res.status(201).json(review);
});

// both writes belong to the request: the second can fail after the first
app.post('/products/:id/flag', async (req, res) => {
  const productId = Number(req.params.id);
  await prisma.flag.create({ data: { productId } }); // expect: data/transaction-missing
  await prisma.product.update({ where: { id: productId }, data: { flagged: true } });
  res.status(204).end();
});

app.listen(3000);
