import Stripe from 'stripe';
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { publicProcedure, router } from '../index';

const stripe = new Stripe(process.env.STRIPE_KEY ?? '');

export const billingRouter = router({
  handleWebhook: publicProcedure
    .input(z.object({ body: z.string(), signature: z.string() }))
    .mutation(async ({ ctx, input }) => {
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(input.body, input.signature, process.env.STRIPE_WEBHOOK_SECRET ?? '');
      } catch {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'bad signature' });
      }
      await ctx.db.billingEvent.create({ data: { type: event.type } });
      return { received: true };
    }),
});
