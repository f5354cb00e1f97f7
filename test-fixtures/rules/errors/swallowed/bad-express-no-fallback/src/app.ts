import express from 'express';
import { store } from './store';

const app = express();
app.use(express.json());

app.get('/orders/:id', async (req, res) => {
  try {
    const order = await store.find(req.params.id);
    return res.json(order);
  } catch {} // expect: errors/swallowed
});

app.get('/totals', async (req, res) => {
  let total = 0;
  try {
    total = await store.total();
  } catch {} // expect: errors/swallowed
  console.log('totals served');
  res.json({ total });
});

app.post('/orders', async (req, res) => {
  try {
    await store.save(String(req.body.item));
    res.status(201).json({ success: true });
  } catch (err) { // expect: errors/swallowed
    // log it
    console.error(err);
    res.json({ success: true });
  }
});

app.listen(3000);
