import express from 'express';
import axios from 'axios';
import { dataSource, knex, Order, pool, prisma, Review } from './db';
import { getProduct, removeProduct } from './services/products';

const app = express();
app.use(express.json());

// path parameters used only as parameterized lookup keys: not reported
app.get('/products/:id', async (req, res) => {
  res.json(await prisma.product.findUnique({ where: { id: req.params.id } }));
});

app.get('/orders/:id', async (req, res) => {
  const order = await Order.findByPk(Number(req.params.id));
  if (!order) return res.status(404).end();
  res.json(order);
});

app.get('/reviews/:reviewId', async (req, res) => {
  res.json(await Review.findById(req.params.reviewId));
});

app.get('/reviews/by-product/:productId', async (req, res) => {
  res.json(await Review.find({ productId: req.params.productId }).limit(20));
});

app.get('/users/:id', async (req, res) => {
  const { id } = req.params;
  res.json(await dataSource.getRepository('User').findOneBy({ id }));
});

app.get('/tags/:tag', async (req, res) => {
  res.json(await knex('tags').where({ name: req.params.tag }).first());
});

app.get('/invoices/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM invoices WHERE id = $1', [req.params.id]);
  res.json({ invoice: rows[0], id: req.params.id });
});

app.get('/catalog/:id', async (req, res) => {
  res.json(await getProduct(req.params.id));
});

app.delete('/catalog/:id', async (req, res) => {
  await removeProduct(req.params.id);
  res.status(204).end();
});

// used elsewhere than a lookup: reported
app.get('/avatars/:user', async (req, res) => {
  const r = await axios.get(`https://avatars.example.com/${req.params.user}.png`); // expect: validation/unvalidated-input[warning]
  res.type('png').send(r.data);
});

app.get('/files/:name', async (req, res) => {
  res.sendFile(req.params.name, { root: '/srv/files' }); // expect: validation/unvalidated-input[warning]
});

// the body is reported; the id stored as a reference to the product is not
app.post('/products/:id/reviews', async (req, res) => {
  const { text } = req.body; // expect: validation/unvalidated-input[warning]
  res.status(201).json(await Review.create({ text, productId: req.params.id }));
});

app.listen(3000);
