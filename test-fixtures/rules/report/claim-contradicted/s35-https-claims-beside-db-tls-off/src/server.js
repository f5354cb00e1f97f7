const express = require('express');
const helmet = require('helmet');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
const app = express();
app.use(helmet());
app.use(express.json());

app.get('/api/payments/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, amount, status FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows[0] ?? null);
});

// the payment provider is called over HTTPS
async function createIntent(amount) {
  const r = await fetch('https://api.paymongo.example/v1/payment_intents', { method: 'POST', body: JSON.stringify({ amount }) });
  return r.json();
}

app.post('/api/payments', async (req, res) => {
  res.status(201).json(await createIntent(Number(req.body.amount)));
});

app.listen(process.env.PORT || 3000);
