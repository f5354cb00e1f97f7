const express = require('express');
const mongoSanitize = require('express-mongo-sanitize');
const { Item } = require('./models');

const app = express();
app.use(express.json());
// keys starting with $ or holding a dot are stripped from body, query and params before any handler runs
app.use(mongoSanitize({ replaceWith: '_' }));

// the filters are plain values by the time they reach find: lookups
app.get('/items', async (req, res) => {
  const { state, shelf } = req.query;
  const filter = {};
  if (state) filter.state = state;
  if (shelf) filter.shelf = shelf;
  res.json(await Item.find(filter).limit(50));
});

// a pattern the database runs is no lookup, sanitised or not: reported
app.get('/items/search', async (req, res) => {
  const { q } = req.query; // expect: validation/unvalidated-input
  res.json(await Item.find({ title: { $regex: q, $options: 'i' } }).limit(50));
});

app.listen(3000);
