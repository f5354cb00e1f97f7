const express = require('express');

const app = express();
app.use(express.json());

app.post('/invites', (req, res) => {
  const temporaryPassword = Math.random().toString(36).slice(2, 10); // expect: authn/insecure-random
  res.status(201).json({ email: req.body.email, temporaryPassword });
});

app.listen(3000);
