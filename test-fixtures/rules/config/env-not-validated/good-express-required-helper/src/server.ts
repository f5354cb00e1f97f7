import express from 'express';
import Stripe from 'stripe';
import { config } from './config';

const stripe = new Stripe(config.stripeKey);
const app = express();

app.get('/balance', async (_req, res) => res.json(await stripe.balance.retrieve()));
app.listen(Number(process.env.PORT ?? 3000));
