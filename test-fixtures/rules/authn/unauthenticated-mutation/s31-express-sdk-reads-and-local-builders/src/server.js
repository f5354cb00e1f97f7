const express = require('express');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const nodemailer = require('nodemailer');
const { getStripe } = require('./stripe');
const { orderSummary } = require('./totals');

const Order = mongoose.model('Order', new mongoose.Schema({ beds: Array, email: String }));
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST });
const app = express();
app.use(express.json());

function requireStaff(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/api/orders/:id/cancel', requireStaff, async (req, res) => {
  await Order.deleteOne({ _id: req.params.id });
  res.json({ ok: true });
});

// a read of a Stripe object through the project's client factory
app.post('/api/shipping-rate', async (req, res) => {
  const rate = await getStripe().shippingRates.retrieve(String(req.body.rateId));
  res.json({ id: rate.id, amount: rate.fixed_amount?.amount || 0 });
});

// a form body built locally and posted to the provider's API
app.post('/api/fx-quote', async (req, res) => {
  const form = new URLSearchParams();
  form.append('to_currency', String(req.body.to || 'gbp'));
  form.append('lock_duration', 'hour');
  const answer = await fetch('https://api.stripe.com/v1/fx_quotes', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
    body: form.toString(),
  });
  res.json(await answer.json());
});

// an order summary computed in memory and mailed
app.post('/api/orders/:id/summary', async (req, res) => {
  const order = await Order.findById(req.params.id);
  if (!order) return res.status(404).json({ error: 'not found' });
  await mailer.sendMail({ to: order.email, subject: 'Your order', text: orderSummary(order) });
  res.json({ sent: true });
});

app.post('/api/shipping-rates/:id/archive', async (req, res) => { // expect: authn/unauthenticated-mutation
  await getStripe().shippingRates.update(req.params.id, { active: false });
  res.json({ ok: true });
});

const auditTrail = new URLSearchParams();
app.post('/api/audit', async (req, res) => { // expect: authn/unauthenticated-mutation
  auditTrail.append('event', String(req.body.event).slice(0, 80));
  res.json({ ok: true });
});

app.listen(3000);
