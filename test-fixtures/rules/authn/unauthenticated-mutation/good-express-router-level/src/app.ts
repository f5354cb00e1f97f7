import express from 'express';
import Stripe from 'stripe';
import { authRouter } from './routes/auth';
import { projectsRouter } from './routes/projects';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const app = express();

// Stripe authenticates itself with a signature over the raw body, not with a user token.
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.header('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET as string);
  res.json({ received: event.type });
});

app.use(express.json());
app.use('/api/auth', authRouter);
app.use('/api/projects', projectsRouter);

export default app;
