const express = require('express');
const mail = require('./mailer');

const app = express();
app.use(express.json());
const pending = new Map();

app.post('/signin/code', async (req, res) => {
  const code = mail.createSigninCode();
  pending.set(req.body.email, code);
  await mail.send(req.body.email, 'Your sign-in code', `Code: ${code}`);
  res.status(202).end();
});

app.listen(3000);
