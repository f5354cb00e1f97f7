import { injectable } from 'inversify'
import { Request, Response } from 'express'
import Stripe from 'stripe'
import { Subscription } from '../models'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string)

@injectable()
export class BillingController {
  async portal(req: Request & { user?: { id: string } }, res: Response): Promise<void> {
    const sub = await Subscription.findOne({ userId: req.user!.id })
    if (!sub) {
      res.status(404).json({ error: 'No subscription' })
      return
    }
    const session = await stripe.billingPortal.sessions.create({ customer: String(sub.stripeCustomerId) })
    res.json({ url: session.url })
  }

  // Stripe calls this with the raw body and its signature header
  async webhook(req: Request, res: Response): Promise<void> {
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET as string)
    } catch {
      res.status(400).json({ error: 'Bad signature' })
      return
    }
    if (event.type === 'customer.subscription.updated') {
      const object = event.data.object as Stripe.Subscription
      await Subscription.updateOne({ stripeCustomerId: String(object.customer) }, { status: object.status })
    }
    res.json({ received: true })
  }
}
