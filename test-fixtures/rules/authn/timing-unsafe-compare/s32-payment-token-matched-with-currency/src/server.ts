import express from 'express';

const app = express();
app.use(express.json());
const invoices = new Map<string, { currency: string; payToken: string }>();

// the stablecoin a payment was made in (USDC) against the invoice's currency: an asset's symbol, no credential
function acceptsToken(invoice: { currency: string }, token: string) {
  const normalizedToken = token.trim().toUpperCase();
  const invoiceCurrency = invoice.currency.trim().toUpperCase();
  if (normalizedToken === invoiceCurrency) return true;
  return invoiceCurrency === 'USD' && normalizedToken === 'USDC';
}

app.post('/api/invoices/:id/payments', (req, res) => {
  const invoice = invoices.get(req.params.id);
  if (!invoice) return res.sendStatus(404);
  if (!acceptsToken(invoice, String(req.body.token))) return res.status(400).json({ error: 'unsupported token' });
  res.sendStatus(202);
});

// the payment provider's callback proves itself with the shared webhook token
app.post('/api/webhooks/payments', (req, res) => {
  const webhookToken = process.env.PAYMENTS_WEBHOOK_TOKEN;
  if (req.get('x-webhook-token') !== webhookToken) return res.sendStatus(401); // expect: authn/timing-unsafe-compare
  res.sendStatus(204);
});

// a signature debugging aid that answers 404 in production: no deployment serves it
app.post('/api/debug/webhook-signature', (req, res) => {
  if (process.env.NODE_ENV === 'production') return res.status(404).json({ error: 'Not found' });
  const webhookToken = process.env.PAYMENTS_WEBHOOK_TOKEN;
  res.json({ matches: req.get('x-webhook-token') === webhookToken });
});

app.listen(3000);
