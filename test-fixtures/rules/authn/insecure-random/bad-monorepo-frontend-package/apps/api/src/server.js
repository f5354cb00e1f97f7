const express = require('express');

const app = express();
app.use(express.json());

app.post('/api/password-resets', (req, res) => {
  const resetToken = Math.random().toString(36).slice(2); // expect: authn/insecure-random
  res.status(202).json({ queued: true, length: resetToken.length });
});

app.listen(3000);
