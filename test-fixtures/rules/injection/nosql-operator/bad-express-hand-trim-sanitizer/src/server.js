const express = require('express');
const mongoose = require('mongoose');
const { trimStrings, dropTopLevelOperators } = require('./clean');

const Member = mongoose.model('Member', new mongoose.Schema({ email: String, team: String }));

const app = express();
app.use(express.json());
app.use(trimStrings);
app.use(dropTopLevelOperators);

app.post('/api/members/recover', async (req, res) => {
  const member = await Member.findOne({ email: req.body.email }); // expect: injection/nosql-operator
  res.json({ sent: !!member });
});

app.get('/api/members', async (req, res) => {
  res.json(await Member.find({ team: req.query.team })); // expect: injection/nosql-operator
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
