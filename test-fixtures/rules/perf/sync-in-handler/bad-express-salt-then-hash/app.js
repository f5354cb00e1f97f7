const express = require('express');
const bcrypt = require('bcryptjs');

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  const salt = bcrypt.genSaltSync(10); // random bytes plus the cost: no hashing, cheap
  const digest = bcrypt.hashSync(String(req.body.password), salt); // expect: perf/sync-in-handler
  res.status(201).json({ stored: digest.length > 0 });
});

app.listen(5103);
