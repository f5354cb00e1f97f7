const express = require('express');
const { prisma } = require('./db');

const app = express();
app.use(express.json());

// a payment provider calls back with one kind of event: each case runs alone
app.post('/billing/events', async (req, res) => {
  const ev = req.body;
  switch (ev.kind) {
    case 'plan.started': {
      await prisma.plan.create({ data: { account: ev.account, tier: ev.tier } });
      break;
    }
    case 'plan.ended':
      await prisma.plan.deleteMany({ where: { account: ev.account } });
      break;
    case 'plan.paused':
      await prisma.plan.updateMany({ where: { account: ev.account }, data: { paused: true } });
      return res.status(202).end();
    default:
      break;
  }
  res.status(204).end();
});

// an invite is made when there is none; otherwise the existing one is refreshed. Where there is none,
// reading invite.code throws before the second write, so the two never run on one request
app.post('/invites', async (req, res) => {
  const invite = await prisma.invite.findFirst({ where: { email: req.body.email } });
  if (!invite) {
    await prisma.invite.create({ data: { email: req.body.email, code: 'x1' } });
    res.status(201).end();
  }
  await prisma.invite.update({ where: { code: invite.code }, data: { sentAt: new Date() } });
  res.status(204).end();
});

// the handler answers the request itself and returns nothing else: the wrapper's test of result.member is
// never true, so the second write never runs
async function signUp(req, res) {
  if (!req.body.email) return res.status(400).json({ error: 'email required' });
  await prisma.member.create({ data: { email: req.body.email } });
  res.status(201).json({ ok: true });
}
app.post('/sign-up', async (req, res) => {
  const result = await signUp(req, res);
  if (result && result.member) {
    await prisma.badge.create({ data: { memberId: result.member.id, kind: 'new' } });
  }
});

app.listen(3000);
