const express = require('express');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('catalog');
const app = express();

// one count per collection the database holds: each query runs on its own collection, no $in can merge them
app.get('/admin/collections', async (req, res) => {
  const collections = await db.listCollections().toArray();
  const counts = {};
  for (const c of collections) {
    counts[c.name] = await db.collection(c.name).countDocuments();
  }
  res.json(counts);
});

// the same with the item's name handed to a callback and a chained aggregate
app.get('/admin/index-usage', async (req, res) => {
  const collections = await db.listCollections().toArray();
  const usage = await Promise.all(collections.map(async (c) => {
    const stats = await db.collection(c.name).aggregate([{ $indexStats: {} }]).toArray();
    return { name: c.name, indexes: stats.length };
  }));
  res.json(usage);
});

// one lookup per id in one collection: an $in would do
app.post('/admin/products/prices', async (req, res) => {
  const prices = [];
  for (const id of req.body.ids) {
    const product = await db.collection('products').findOne({ sku: id }); // expect: data/query-in-loop
    prices.push(product ? product.price : null);
  }
  res.json(prices);
});

client.connect().then(() => app.listen(3000));
