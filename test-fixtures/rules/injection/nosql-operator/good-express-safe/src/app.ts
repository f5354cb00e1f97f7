import express from 'express';
import { Types } from 'mongoose';
import sanitize from 'mongo-sanitize';
import { z } from 'zod';
import { Product } from './models/Product';

const app = express();
app.use(express.json());
const FEATURED = ['a-1', 'b-2'];

// cast to a string: an object becomes "[object Object]"
app.get('/products/by-sku', async (req, res) => {
  res.json(await Product.findOne({ sku: String(req.query.sku) }));
});

app.post('/products/by-name', async (req, res) => {
  res.json(await Product.find({ name: `${req.body.name}` }));
});

app.post('/products/lookup', async (req, res) => {
  const name = req.body.name.trim().toLowerCase();
  res.json(await Product.findOne({ name }));
});

// numbers, ObjectIds, path parameters and the signed-in user are not client objects
app.get('/products/cheap', async (req, res) => {
  res.json(await Product.find({ price: { $lte: Number(req.query.max) } }));
});

app.get('/products/:id', async (req, res) => {
  res.json(await Product.findById(req.params.id));
});

app.post('/products/mine', async (req: any, res) => {
  res.json(await Product.find({ owner: new Types.ObjectId(String(req.body.owner)), sku: { $in: FEATURED } }));
});

app.get('/me/products', async (req: any, res) => {
  res.json(await Product.find({ owner: req.user.id }));
});

// operators written by the code: $eq compares the client's value as a value
app.post('/products/exact', async (req, res) => {
  res.json(await Product.findOne({ sku: { $eq: req.body.sku } }));
});

// a schema parse types the filter
const Search = z.object({ sku: z.string(), name: z.string().optional() });
app.post('/products/search', async (req, res) => {
  const filter = Search.parse(req.body);
  res.json(await Product.find(filter));
});

// mongo-sanitize drops $ keys
app.post('/products/filter', async (req, res) => {
  res.json(await Product.find(sanitize(req.body)));
});

// Array.prototype.find is not a database query
app.post('/featured', (req, res) => {
  res.json({ featured: FEATURED.find((s) => s === req.body.sku) ?? null });
});

// a constant filter
app.get('/products', async (_req, res) => {
  res.json(await Product.find({ archived: false }).limit(50));
});

app.listen(3000);
