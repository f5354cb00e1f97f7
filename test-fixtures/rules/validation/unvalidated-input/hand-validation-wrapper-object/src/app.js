import express from 'express';
import { validate } from './validate.js';

const app = express();
app.use(express.json());
const shops = new Map();

app.put('/shops/current', (req, res) => {
  validate({ shopName: req.body.shopName, city: req.body.city }, { shopName: 'required|string|max:80', city: 'string' });
  shops.set('current', { shopName: req.body.shopName, city: req.body.city });
  res.status(204).end();
});

app.post('/shops/:id/notes', (req, res) => {
  validate({ shopName: req.body.shopName }, { shopName: 'required|string' });
  shops.get(req.params.id).note = req.body.note; // expect: validation/unvalidated-input
  res.status(204).end();
});

app.listen(3000);
