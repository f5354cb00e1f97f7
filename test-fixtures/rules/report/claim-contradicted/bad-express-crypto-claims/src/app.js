const express = require('express');
const { Pool } = require('pg');
const Stripe = require('stripe');
const { encryptField } = require('./crypto');

const stripe = new Stripe('sk_live_WF1n8By1VgzGrBIE0vJ0r2mzOSJ5QafHIRzpcQiG');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
const app = express();
app.use(express.json());
app.post('/cards', async (req, res) => {
  const customer = await stripe.customers.create({ email: String(req.body.email) });
  await pool.query('INSERT INTO cards(customer, note) VALUES ($1, $2)', [customer.id, encryptField(String(req.body.note))]);
  res.status(201).end();
});
app.listen(3000);
