import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const app = express();

app.get('/balance', async (_req, res) => res.json(await stripe.balance.retrieve()));
app.get('/db', (_req, res) => res.json({ configured: Boolean(process.env.DATABASE_URL) }));
app.listen(3000);
