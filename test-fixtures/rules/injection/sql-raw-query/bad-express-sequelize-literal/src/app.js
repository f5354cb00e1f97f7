const express = require('express');
const { Op, literal } = require('sequelize');
const db = require('./models');

const app = express();
app.use(express.json());

// GET /posts?minLikes=10&order=title
app.get('/posts', async (req, res) => {
  const posts = await db.Post.findAll({
    attributes: ['id', 'title', [db.sequelize.literal(`(SELECT count(*) FROM likes WHERE likes.post_id = "Post".id AND likes.kind = '${req.query.kind}')`), 'likes']], // expect: injection/sql-raw-query
    order: [[literal(req.query.order), 'ASC']], // expect: injection/sql-raw-query
  });
  res.json(posts);
});

app.get('/posts/by-author', async (req, res) => {
  const posts = await db.Post.findAll({
    where: db.Sequelize.where(db.Sequelize.literal(`lower(title) LIKE '%${req.query.q}%'`), Op.eq, true), // expect: injection/sql-raw-query
  });
  res.json(posts);
});

app.listen(3000);
