const express = require('express');
const mongoose = require('mongoose');

const Person = mongoose.model('Person', new mongoose.Schema({ name: String, city: String, email: String }));
const app = express();
app.use(express.json());

// the search text is cut to 80 characters and escaped: the pattern finds that text literally, nothing else
app.get('/people', async (req, res) => {
  const filter = {};
  if (req.query.q) {
    const text = String(req.query.q).trim().slice(0, 80);
    if (text) {
      const pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      filter.$or = [{ name: pattern }, { city: pattern }, { email: pattern }];
    }
  }
  const rows = await Person.find(filter).limit(50);
  res.json(rows);
});

// the same text cut but not escaped: any pattern the client writes runs
app.get('/people/match', async (req, res) => {
  const text = String(req.query.q || '').slice(0, 80); // expect: validation/unvalidated-input
  const rows = await Person.find({ name: new RegExp(text, 'i') }).limit(50);
  res.json(rows);
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
