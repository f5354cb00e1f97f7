import express from 'express';

const app = express();
app.get('/billing/ready', (_req, res) => res.json({ ready: Boolean(process.env.BILLING_PROVIDER_KEY) }));
app.listen(5000);
