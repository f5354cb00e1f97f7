import express from 'express';
import { coalesce } from './coalesce';

const app = express();

app.get('/prices/:item', async (req, res, next) => {
  try {
    const item = String(req.params.item);
    const data = await coalesce(item, async () => {
      const r = await fetch(`https://prices.example.com/items/${encodeURIComponent(item)}`);
      return r.json();
    });
    res.json(data);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
