const express = require('express');
const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ email: String, name: String }));
const app = express();
app.use(express.json());

// with a Mongo driver an object sent in place of the string ({"$ne": null}) becomes an operator: not a mere key
app.post('/members/find', async (req, res) => {
  const member = await Member.findOne({ email: req.body.email }); // expect: validation/unvalidated-input
  if (!member) return res.status(404).end();
  res.json({ name: member.name });
});

app.listen(3000);
