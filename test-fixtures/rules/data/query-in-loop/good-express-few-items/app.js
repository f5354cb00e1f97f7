const express = require('express');
const Stripe = require('stripe');
const db = require('./db');

const stripe = new Stripe(process.env.STRIPE_KEY);
const app = express();

// reconcile the five latest checkouts: five lookups at most, whatever the table size
app.post('/admin/reconcile', async (req, res) => {
  const recent = await stripe.checkout.sessions.list({ limit: 5 });
  let added = 0;
  for (const s of recent.data) {
    const known = await db('payments').where('session_id', s.id).first();
    if (!known) {
      await db('payments').insert({ session_id: s.id, amount: s.amount_total });
      added++;
    }
  }
  res.json({ added });
});

app.get('/admin/counts', async (req, res) => {
  const tables = ['payments', 'refunds', 'payouts', 'disputes'];
  const out = {};
  for (const t of tables) {
    const rows = await db(t).count('id as n');
    out[t] = rows[0].n;
  }
  const latest = await db('payments').orderBy('id', 'desc').limit(3);
  await Promise.all(latest.map((p) => db('audit').insert({ payment_id: p.id, seen_at: new Date() })));
  res.json(out);
});

app.listen(3000);
