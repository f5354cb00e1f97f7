const express = require('express');
const mongoose = require('mongoose');

// every Mongoose filter wraps client objects in $eq
mongoose.set('sanitizeFilter', true);

const Account = mongoose.model('Account', new mongoose.Schema({ email: String, token: String }));
const app = express();
app.use(express.json());

app.post('/verify', async (req, res) => {
  const account = await Account.findOne({ email: req.body.email, token: req.body.token });
  res.json({ ok: !!account });
});

app.listen(3000);
