const express = require('express');
const jwt = require('jsonwebtoken');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// Stripe's events can be large; the raw body is only parsed for this path, and each event's signature is checked
app.use('/webhooks/stripe', express.raw({ type: 'application/json', limit: '5mb' }));
app.post('/webhooks/stripe', (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  res.json({ received: event.id });
});

// bulk imports: signed-in users only, authenticated before the body is read
app.use('/imports', requireUser, express.json({ limit: '20mb' }));
app.post('/imports', requireUser, (req, res) => res.status(202).json({ rows: req.body.length }));

app.use(express.json());
app.get('/health', (req, res) => res.json({ ok: true }));

app.listen(3000);
