const express = require('express');
const { prisma } = require('./db');

const app = express();
app.use(express.json());

// 'plan.renewed' falls through into 'plan.started': both writes run for a renewal
app.post('/billing/events', async (req, res) => {
  const ev = req.body;
  switch (ev.kind) {
    case 'plan.renewed':
      await prisma.plan.deleteMany({ where: { account: ev.account } }); // expect: data/transaction-missing
    case 'plan.started':
      await prisma.plan.create({ data: { account: ev.account, tier: ev.tier } });
      break;
    default:
      break;
  }
  res.status(204).end();
});

// the missing invite is made (with the account marked invited, a change made only with it), then the same name points
// at the new one: both writes run
app.post('/invites', async (req, res) => {
  let invite = await prisma.invite.findFirst({ where: { email: req.body.email } });
  if (!invite) {
    invite = await prisma.invite.create({ data: { email: req.body.email, code: 'x1' } }); // expect: data/transaction-missing
    await prisma.account.update({ where: { email: req.body.email }, data: { invited: true } });
  }
  await prisma.invite.update({ where: { code: invite.code }, data: { sentAt: new Date() } });
  res.status(204).end();
});

// read through ?. : where the reminder is missing the second write still runs
app.post('/reminders', async (req, res) => {
  const r = await prisma.reminder.findFirst({ where: { owner: req.body.owner } });
  if (!r) {
    await prisma.reminder.create({ data: { owner: req.body.owner } }); // expect: data/transaction-missing
    await prisma.owner.update({ where: { id: req.body.owner }, data: { hasReminder: true } });
  }
  await prisma.reminder.updateMany({ where: { owner: req.body.owner, id: r?.id }, data: { due: 1 } });
  res.status(204).end();
});

// here the handler hands the new member back: both writes run
async function signUp(req, res) {
  if (!req.body.email) return res.status(400).json({ error: 'email required' });
  const member = await prisma.member.create({ data: { email: req.body.email } }); // expect: data/transaction-missing
  res.status(201).json({ ok: true });
  return { member };
}
app.post('/sign-up', async (req, res) => {
  const result = await signUp(req, res);
  if (result && result.member) {
    await prisma.badge.create({ data: { memberId: result.member.id, kind: 'new' } });
  }
});

app.listen(3000);
