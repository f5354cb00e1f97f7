const express = require('express');
const { capture } = require('./payments/payments.service');
const { checkout } = require('./cart/cart.service');

const app = express();
app.use(express.json());

app.post('/payments/:orderId/capture', async (req, res) => {
  res.json(await capture(req.params.orderId, String(req.body.paymentId)));
});

app.post('/cart/:id/checkout', async (req, res) => {
  res.json(await checkout(req.params.id));
});

app.listen(3000);
