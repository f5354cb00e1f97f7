const express = require('express');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_KEY);
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  res.json({ received: event.type });
});

module.exports = router;
