const express = require('express');
const Stripe = require('stripe');
const db = require('./db');

const stripe = new Stripe(process.env.STRIPE_KEY);
const app = express();

// a hundred checkouts: a hundred lookups, that is the N+1 the rule is about
app.post('/admin/reconcile', async (req, res) => {
  const recent = await stripe.checkout.sessions.list({ limit: 100 });
  let seen = 0;
  for (const s of recent.data) {
    const known = await db('payments').where('session_id', s.id).first(); // expect: data/query-in-loop
    if (known) seen++;
  }
  res.json({ seen });
});

// undo what was made: the list starts empty and grows with the request
app.post('/admin/import', async (req, res) => {
  const made = [];
  for (const row of req.body.rows) {
    const [id] = await db('payments').insert({ amount: row.amount }).returning('id'); // expect: data/query-in-loop
    made.push(id);
  }
  if (made.length < req.body.rows.length) {
    for (const id of made) {
      await db('payments').where('id', id).del(); // expect: data/query-in-loop
    }
  }
  res.json({ made: made.length });
});

app.listen(3000);
