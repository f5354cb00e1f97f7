const express = require('express');
const jwt = require('jsonwebtoken');
const Article = require('./models/Article');
const prisma = require('./prisma');
const { translationOf } = require('./translate');
const { withImageLinks } = require('./sharing');

const app = express();
app.use(express.json());

function requireEditor(req, res, next) {
  try {
    req.editor = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

app.post('/api/articles/:id/view', async (req, res) => {
  const article = await Article.addView(req.params.id);
  res.json({ views: article.views });
});

app.post('/api/articles/:id/like', async (req, res) => {
  await Article.updateOne({ _id: req.params.id }, { $inc: { likes: 1 } });
  res.status(204).end();
});

app.post('/api/articles/:id/tip', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await Article.findByIdAndUpdate(req.params.id, { $inc: { balance: req.body.amount } });
  res.status(204).end();
});

app.post('/api/links/:id/click', async (req, res) => {
  await prisma.link.update({ where: { id: req.params.id }, data: { clicks: { increment: 1 } } });
  res.status(204).end();
});

app.post('/api/translations/lookup', async (req, res) => {
  res.json({ value: await translationOf(req.body.key, req.body.locale) });
});

app.post('/api/translations', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  await prisma.translation.upsert({
    where: { key_locale: { key: req.body.key, locale: req.body.locale } },
    create: { key: req.body.key, locale: req.body.locale, value: req.body.value },
    update: { value: req.body.value },
  });
  res.status(204).end();
});

app.post('/api/shared-pages/view', async (req, res) => {
  const page = await prisma.page.findUnique({ where: { shareId: req.body.shareId } });
  if (!page) return res.status(404).end();
  res.json(withImageLinks(page));
});

app.post('/api/dev/impersonate', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const user = await prisma.user.findUnique({ where: { email: req.body.email } });
  res.json({ token: jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '7d' }) });
});

app.put('/api/articles/:id', requireEditor, async (req, res) => {
  res.json(await Article.findByIdAndUpdate(req.params.id, { title: req.body.title }, { new: true }));
});

module.exports = app;
