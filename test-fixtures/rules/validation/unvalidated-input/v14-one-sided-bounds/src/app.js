import express from 'express';
import pg from 'pg';

const pool = new pg.Pool();
const app = express();
app.use(express.json());

// a negative quantity refused with a 400 before it is stored
app.put('/items/:id/stock', async (req, res) => {
  const { quantity } = req.body;
  if (quantity === undefined || quantity < 0) {
    return res.status(400).json({ error: 'quantity must be zero or more' });
  }
  await pool.query('UPDATE items SET quantity = $1 WHERE id = $2', [quantity, req.params.id]);
  res.json({ ok: true });
});

// a price that is not positive refused
app.post('/orders', async (req, res) => {
  const { price } = req.body;
  if (!price) return res.status(400).json({ error: 'price is required' });
  if (price <= 0) {
    return res.status(400).json({ error: 'price must be positive' });
  }
  await pool.query('INSERT INTO orders (price) VALUES ($1)', [price]);
  res.status(201).json({ ok: true });
});

// the compare only picks a label: nothing is refused
app.post('/tips', async (req, res) => {
  const { amount } = req.body; // expect: validation/unvalidated-input
  let label = 'ok';
  if (amount < 0) {
    label = 'refund';
  }
  await pool.query('INSERT INTO tips (amount, label) VALUES ($1, $2)', [amount, label]);
  res.json({ label });
});

// a length compare with one: whether there is anything, not a bound
app.post('/notes', async (req, res) => {
  const { text } = req.body; // expect: validation/unvalidated-input
  if (text.length < 1) return res.status(400).json({ error: 'empty' });
  await pool.query('INSERT INTO notes (text) VALUES ($1)', [text]);
  res.json({ ok: true });
});

// the bound checked after the value is already stored
app.post('/credits', async (req, res) => {
  const { credit } = req.body; // expect: validation/unvalidated-input
  await pool.query('INSERT INTO credits (credit) VALUES ($1)', [credit]);
  if (credit < 0) return res.status(400).json({ error: 'negative' });
  res.json({ ok: true });
});

app.listen(3000);
