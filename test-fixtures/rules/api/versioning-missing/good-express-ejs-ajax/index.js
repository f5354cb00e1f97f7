const express = require('express');

const app = express();
app.set('view engine', 'ejs');
const likes = new Map();

app.get('/', (req, res) => res.render('index'));
app.get('/posts/:slug', (req, res) => res.render('post', { slug: req.params.slug }));
// called by the post page's own script, shipped in the same deployment
app.post('/posts/:slug/like', (req, res) => {
  likes.set(req.params.slug, (likes.get(req.params.slug) || 0) + 1);
  res.json({ likes: likes.get(req.params.slug) });
});

app.listen(3000);
