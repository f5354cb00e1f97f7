// the generated service's entry, copied into new projects by the scaffolder
const express = require('express');
const { hashPassword } = require('./auth');

const app = express();
app.use(express.json());

app.post('/api/v1/users', async (req, res) => {
  const hash = await hashPassword(String(req.body.password || ''));
  res.status(201).json({ ok: hash.length > 0 });
});

app.listen(process.env.PORT || 4000);
