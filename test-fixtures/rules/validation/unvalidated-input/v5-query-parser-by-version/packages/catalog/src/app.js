const express = require('express');
const mongoose = require('mongoose');

const Product = mongoose.model('Product', new mongoose.Schema({ sku: String, title: String }));
const app = express();

// Express 5: ?sku[$ne]=x is the key "sku[$ne]", not an operator object; the sku is a plain equality filter
app.get('/products/by-sku', async (req, res) => {
  const { sku } = req.query;
  res.json(await Product.findOne({ sku }));
});

// a string still, but run by the database as a regular expression
app.get('/products/search', async (req, res) => {
  const { q } = req.query; // expect: validation/unvalidated-input
  res.json(await Product.find({ title: { $regex: q, $options: 'i' } }).limit(20));
});

app.listen(3002);
