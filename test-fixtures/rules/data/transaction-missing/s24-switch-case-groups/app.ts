import express from 'express';
import { eq } from 'drizzle-orm';
import { db, accounts, invoices } from './db';
import { KINDS } from './kinds';

const app = express();
app.use(express.json());

async function onPlanChange(ev: any) {
  await db.update(accounts).set({ tier: ev.tier }).where(eq(accounts.id, ev.account));
}

async function onPlanEnd(ev: any) {
  await db.update(accounts).set({ tier: 'free' }).where(eq(accounts.id, ev.account));
}

async function onChargeFailed(ev: any) {
  await db.update(accounts).set({ tier: 'past_due' }).where(eq(accounts.id, ev.account));
}

async function onRefund(ev: any) {
  await db.update(invoices).set({ state: 'refunded' }).where(eq(invoices.id, ev.invoice)); // expect: data/transaction-missing
}

async function onSeatChange(ev: any) {
  await db.update(accounts).set({ seats: ev.seats }).where(eq(accounts.id, ev.account));
}

// a provider's webhook carries one kind of event: two labels that share one body (started, changed) still pick
// that body alone, apart from the other cases
app.post('/billing/webhook', async (req, res) => {
  const ev = req.body;
  switch (ev.kind) {
    case KINDS.STARTED:
    case KINDS.CHANGED: {
      await onPlanChange(ev);
      break;
    }
    case KINDS.ENDED: {
      await onPlanEnd(ev);
      break;
    }
    case KINDS.FAILED:
      await onChargeFailed(ev);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

// a case whose body falls through into the next one runs both bodies: the refund and the plan end go together
app.post('/billing/refund', async (req, res) => {
  const ev = req.body;
  switch (ev.kind) {
    case KINDS.REFUNDED:
      await onRefund(ev);
    case KINDS.ENDED:
      await onPlanEnd(ev);
      break;
    case KINDS.CHANGED:
      await onSeatChange(ev);
      break;
  }
  res.json({ received: true });
});

app.listen(3000);
