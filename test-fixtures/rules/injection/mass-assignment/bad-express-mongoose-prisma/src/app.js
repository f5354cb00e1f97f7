const express = require('express');
const User = require('./models/User');
const { prisma } = require('./db');
const { updateProfile } = require('./profiles');

const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const user = await User.create(req.body); // expect: injection/mass-assignment
  res.status(201).json({ id: user.id });
});

app.post('/invite', async (req, res) => {
  const user = new User(req.body); // expect: injection/mass-assignment
  await user.save();
  res.status(201).json({ id: user.id });
});

app.put('/users/:id', async (req, res) => {
  res.json(await User.findByIdAndUpdate(req.params.id, req.body, { new: true })); // expect: injection/mass-assignment
});

app.patch('/me', async (req, res) => {
  const me = await User.findById(req.user.id);
  Object.assign(me, req.body); // expect: injection/mass-assignment
  await me.save();
  res.json(me);
});

app.patch('/profile', async (req, res) => {
  res.json(await updateProfile(req.user.id, req.body));
});

// the author is set by the handler after the body: judged debatable or false on every set, not reported
app.post('/posts', async (req, res) => {
  const post = await prisma.post.create({ data: { ...req.body, authorId: req.user.id } });
  res.status(201).json(post);
});

app.listen(3000);
