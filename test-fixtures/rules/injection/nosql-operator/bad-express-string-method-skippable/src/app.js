const express = require('express');
const User = require('./models/User');

const app = express();
app.use(express.json());

// the string method is skipped for anything that is not a string: an object reaches the lookup
app.post('/members/lookup', async (req, res) => {
  const handle = req.body.handle;
  const folded = typeof handle === 'string' ? handle.toLowerCase() : '';
  res.json({ member: await User.findOne({ username: handle }), folded }); // expect: injection/nosql-operator
});

// the trim runs after the lookup
app.post('/members/find', async (req, res) => {
  const found = await User.findOne({ nickname: req.body.nickname }); // expect: injection/nosql-operator
  res.json({ found, clean: req.body.nickname.trim() });
});

// a failed trim is swallowed, then the lookup runs with the object
async function join(info) {
  const { nickname } = info;
  try {
    info.nickname = nickname.trim();
  } catch (e) {
    // keep it as sent
  }
  return User.findOne({ nickname }); // expect: injection/nosql-operator
}

// any failure of the save, a TypeError from trim() included, leads to the lookup
async function enrol(info) {
  const { alias } = info;
  try {
    const member = new User({ alias: alias.trim() });
    await member.save();
    return member;
  } catch (err) {
    return User.findOne({ alias }); // expect: injection/nosql-operator
  }
}

app.post('/members', async (req, res) => {
  res.status(201).json(await join(req.body));
});

app.post('/enrol', async (req, res) => {
  res.status(201).json(await enrol(req.body));
});

app.listen(3000);
