const express = require('express');
const bcrypt = require('bcryptjs');
const { db } = require('./db');

const app = express();
app.use(express.json());
app.post('/signup', async (req, res) => {
  const hash = await bcrypt.hash(req.body.password, 12);
  await db.users.insert({ email: req.body.email, password: hash });
  res.status(201).end();
});
app.listen(3000);
