const express = require('express');
const { Op, literal, col, fn, where } = require('sequelize');
const db = require('./models');

const app = express();
app.use(express.json());

const ORDER = { title: 'title', newest: 'createdAt' };
const LIKES = '(SELECT count(*) FROM likes WHERE likes.post_id = "Post".id)';

app.get('/posts', async (req, res) => {
  const column = ORDER[req.query.order] || 'createdAt';
  const posts = await db.Post.findAll({
    attributes: ['id', 'title', [literal(LIKES), 'likes']],
    where: { authorId: Number(req.query.author) },
    order: [[column, 'ASC']],
  });
  res.json(posts);
});

app.get('/posts/search', async (req, res) => {
  const posts = await db.Post.findAll({
    where: where(fn('lower', col('title')), { [Op.like]: `%${String(req.query.q).toLowerCase()}%` }),
  });
  res.json(posts);
});

app.get('/posts/count', async (req, res) => {
  const [rows] = await db.sequelize.query('SELECT count(*) AS n FROM "Posts" WHERE "authorId" = :author', {
    replacements: { author: req.query.author },
  });
  res.json(rows[0]);
});

app.listen(3000);
