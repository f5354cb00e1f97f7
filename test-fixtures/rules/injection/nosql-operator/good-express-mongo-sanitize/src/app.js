const express = require('express');
const mongoose = require('mongoose');
const mongoSanitize = require('express-mongo-sanitize');

const Post = mongoose.model('Post', new mongoose.Schema({ slug: String, author: String }));
const app = express();
app.use(express.json());
// removes keys starting with $ from body, query, params and headers
app.use(mongoSanitize());

app.post('/posts/find', async (req, res) => {
  res.json(await Post.find({ slug: req.body.slug, author: req.query.author }));
});

app.listen(3000);
