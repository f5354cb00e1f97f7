const express = require('express');
const { Maker, Item } = require('./models');

const app = express();
app.use(express.json({ limit: '1mb' }));

// every maker is loaded once; a row naming a maker not seen yet creates it and remembers it
async function makerId(name, known) {
  const hit = known.get(name);
  if (hit) return hit;
  const created = await Maker.create({ name });
  known.set(name, created._id);
  return created._id;
}

app.post('/imports', async (req, res) => {
  const known = new Map();
  // the query that lists the makers runs once, before the loop over its rows
  for (const m of await Maker.find({}).lean()) known.set(m.name, m._id);
  const rows = Array.isArray(req.body.rows) ? req.body.rows.slice(0, 500) : [];
  const ids = [];
  for (const row of rows) {
    const maker = await makerId(String(row.maker), known);
    ids.push({ title: String(row.title).slice(0, 200), maker });
  }
  await Item.insertMany(ids);
  res.status(201).json({ imported: ids.length });
});

// the same lookup without remembering what it found: one query per row
app.post('/imports/check', async (req, res) => {
  const known = new Map();
  const rows = Array.isArray(req.body.rows) ? req.body.rows.slice(0, 500) : [];
  let missing = 0;
  for (const row of rows) {
    if (known.get(row.maker)) continue;
    const found = await Maker.findOne({ name: String(row.maker) }); // expect: data/query-in-loop
    if (!found) missing += 1;
  }
  res.json({ missing });
});

app.listen(3000);
