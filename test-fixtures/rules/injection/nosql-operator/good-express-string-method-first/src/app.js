const express = require('express');
const User = require('./models/User');

const app = express();
app.use(express.json());

// an object handle throws at toLowerCase() before the lookup runs
app.post('/members/lookup', async (req, res) => {
  const handle = req.body.handle;
  const folded = handle.toLowerCase();
  res.json({ member: await User.findOne({ username: handle }), folded });
});

// the helper trims the nickname before saving; only a duplicate-key failure (raised by the save, after the
// trim) leads to the lookup, and a TypeError from trim() has no such code
async function join(info) {
  const { nickname } = info;
  try {
    const doc = { joinedAt: new Date() };
    if (nickname && nickname.trim()) {
      doc.nickname = nickname.trim();
    }
    const member = new User(doc);
    await member.save();
    return member;
  } catch (err) {
    if (err.code === 11000) {
      return User.findOne({ nickname });
    }
    throw err;
  }
}

app.post('/members', async (req, res) => {
  res.status(201).json(await join(req.body));
});

app.listen(3000);
