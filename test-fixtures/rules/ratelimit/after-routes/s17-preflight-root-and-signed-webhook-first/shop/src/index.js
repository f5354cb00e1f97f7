const express = require('express');
const cors = require('cors');
const rateLimit = require('express-rate-limit');
const payments = require('./routes/payments');
const orders = require('./routes/orders');

const app = express();
app.use(cors({ origin: process.env.WEB_ORIGIN }));
app.options('*', cors());

// the payment provider retries its deliveries: they are checked by signature, not throttled
app.use('/api/webhooks', payments);

app.get('/', (_req, res) => {
  res.status(200).json({ service: 'shop-api', ok: true });
});
app.get('/health', (_req, res) => res.send('ok'));

app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));
app.use('/api/orders', orders);

app.listen(5100);
