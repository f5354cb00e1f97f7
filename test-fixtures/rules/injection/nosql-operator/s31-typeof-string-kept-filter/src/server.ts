import express from 'express';
import mongoose from 'mongoose';

const Product = mongoose.model('Product', new mongoose.Schema({ productType: String, role: String, createdAt: Date }));
const app = express();

// each filter value is kept only when the query parser gave a string; an object sent instead becomes undefined
app.get('/api/products', async (req, res) => {
  const productType = typeof req.query.type === 'string' ? req.query.type : undefined;
  const productRole = typeof req.query.role !== 'string' ? undefined : req.query.role;
  const filter: Record<string, unknown> = {};
  if (productType) filter.productType = productType;
  if (productRole) filter.role = productRole;
  const [items, total] = await Promise.all([
    Product.find(filter).sort({ createdAt: -1 }).limit(50),
    Product.countDocuments(filter),
  ]);
  res.json({ items, total });
});

// the typeof test picks the default, but the value itself goes into the filter whatever it is
app.get('/api/products/by-role', async (req, res) => {
  const role = typeof req.query.role === 'string' ? 'set' : 'unset';
  const items = await Product.find({ role: req.query.role }).limit(50); // expect: injection/nosql-operator
  res.json({ items, role });
});

mongoose.connect(String(process.env.MONGO_URL)).then(() => app.listen(3000));
