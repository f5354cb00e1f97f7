const express = require('express');
const cookieParser = require('cookie-parser');
const { prisma } = require('./sessions');
const g = require('./guards');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/boards', g.requireUser, async (req, res) => {
  const board = await prisma.board.create({ data: { title: String(req.body.title), ownerId: req.user.sub } });
  res.status(201).json(board);
});

app.post('/posts', g.sameHeaderAndCookie, async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.post.deleteMany({ where: { boardId: String(req.body.boardId) } });
  res.status(204).end();
});

app.put('/posts/:id', g.constantTimeDoubleSubmit, async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.post.update({ where: { id: req.params.id }, data: { text: String(req.body.text) } });
  res.status(204).end();
});

app.delete('/posts/:id', g.tokenAgainstSessionSecret, async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.post.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

app.patch('/boards/:id', g.signedDoubleSubmit, async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.board.update({ where: { id: req.params.id }, data: { title: String(req.body.title) } });
  res.status(204).end();
});

app.delete('/boards/:id', g.sessionAndCsrf, async (req, res) => {
  await prisma.board.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

app.listen(3000);
