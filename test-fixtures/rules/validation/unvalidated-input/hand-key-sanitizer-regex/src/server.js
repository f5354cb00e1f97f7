const express = require('express');
const mongoose = require('mongoose');
const sanitizeRequest = require('./sanitize');

const Gig = mongoose.model('Gig', new mongoose.Schema({ title: String, city: String }));

const app = express();
app.use(express.json());
app.use(sanitizeRequest);

// the sanitiser settles operators, not a pattern: the text still runs as a regular expression
app.get('/api/gigs', async (req, res) => {
  const { q } = req.query; // expect: validation/unvalidated-input
  res.json(await Gig.find({ title: { $regex: q, $options: 'i' } }).limit(50));
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
