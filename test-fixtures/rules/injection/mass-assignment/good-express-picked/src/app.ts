import express from 'express';
import mongoose from 'mongoose';
import { PrismaClient } from '@prisma/client';
import { Sequelize, DataTypes } from 'sequelize';
import { celebrate, Joi, Segments } from 'celebrate';
import { z } from 'zod';

const prisma = new PrismaClient();
const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const Customer = sequelize.define('Customer', { name: DataTypes.STRING, tier: DataTypes.STRING });
const Review = mongoose.model('Review', new mongoose.Schema({ text: String, stars: Number, approved: Boolean }));
const app = express();
app.use(express.json());

// named fields only
app.post('/reviews', async (req, res) => {
  const { text, stars } = req.body;
  res.status(201).json(await Review.create({ text: String(text), stars: Number(stars) }));
});

app.post('/products', async (req, res) => {
  res.status(201).json(await prisma.product.create({ data: { name: req.body.name, price: Number(req.body.price) } }));
});

// a zod parse keeps only the schema's keys
const NewOrder = z.object({ sku: z.string(), quantity: z.number().int().positive() });
app.post('/orders', async (req, res) => {
  const data = NewOrder.parse(req.body);
  res.status(201).json(await prisma.order.create({ data: { ...data, customerId: req.user.id } }));
});

// joi (through celebrate) rejects keys the schema does not name
app.post('/customers', celebrate({ [Segments.BODY]: Joi.object({ name: Joi.string().required() }) }), async (req, res) => {
  res.status(201).json(await Customer.create(req.body));
});

// Sequelize writes only the listed fields
app.patch('/customers/:id', async (req, res) => {
  res.json(await Customer.update(req.body, { where: { id: req.params.id }, fields: ['name'] }));
});

// a plain object that is not a model, and a Map
const drafts = new Map<string, unknown>();
app.post('/drafts', (req, res) => {
  const draft = Object.assign({}, req.body);
  drafts.set(String(req.query.id), draft);
  res.status(201).json(draft);
});

app.listen(3000);
