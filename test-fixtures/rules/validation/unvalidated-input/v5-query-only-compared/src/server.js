const express = require('express');
const mongoose = require('mongoose');
const { bestExample } = require('./matcher');

const Example = mongoose.model('Example', new mongoose.Schema({ route: String, query: Object, body: Object }));
const app = express();

// a stub endpoint: any query is welcome, it only picks the stored example that fits it best
app.get('/stubs/orders', async (req, res) => {
  const examples = await Example.find({ route: 'orders' }).lean();
  const best = bestExample(examples, req.query);
  if (!best) return res.status(404).json({ error: 'no example fits' });
  res.json(best.body);
});

// the same query also used as the filter of a find: {"route": {"$ne": ""}} is an operator
app.get('/stubs/raw', async (req, res) => {
  const examples = await Example.find(req.query).lean(); // expect: validation/unvalidated-input
  res.json(bestExample(examples, req.query));
});

app.listen(4010);
