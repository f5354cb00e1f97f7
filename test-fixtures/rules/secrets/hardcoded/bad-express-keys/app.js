const express = require('express');
const Stripe = require('stripe');
const config = require('./config');
const { signReceipt } = require('./signing');

const stripe = new Stripe(config.stripeKey);
const app = express();
app.use(express.json());
app.post('/checkout', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: Number(req.body.amount), currency: 'eur' });
  res.json({ id: intent.id, receipt: signReceipt({ id: intent.id }) });
});
app.get('/repos', async (req, res) => {
  const r = await fetch('https://api.github.com/orgs/shop/repos', {
    headers: { Authorization: 'token ghp_zQv6FAQwkP66nzQ6UjXPlMe4L6hpVFRATCud' }, // expect: secrets/hardcoded
  });
  res.json(await r.json());
});
app.listen(3000);
