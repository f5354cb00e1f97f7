const express = require('express');
const prisma = require('./db');
const { findPendingInvite, memberByEmail } = require('./invites');

const app = express();
app.use(express.json());

// {"token": {"not": ""}} revokes every session: the body value becomes a filter of other rows
app.post('/sessions/revoke', async (req, res) => {
  const { token } = req.body; // expect: validation/unvalidated-input
  await prisma.session.updateMany({ where: { token }, data: { revokedAt: new Date() } });
  res.status(204).end();
});

app.post('/invites/accept', async (req, res) => {
  const invite = await findPendingInvite(req.body.code); // expect: validation/unvalidated-input
  if (!invite) return res.status(404).end();
  res.json({ team: invite.teamId });
});

// a relation filter reads an object the same way
app.post('/boards/owned', async (req, res) => {
  const boards = await prisma.board.findMany({ where: { owner: { email: req.body.ownerEmail } } }); // expect: validation/unvalidated-input
  res.json(boards.map((b) => b.id));
});

// the operand of an operator takes only a string
app.post('/tickets/search', async (req, res) => {
  const tickets = await prisma.ticket.findMany({ where: { title: { contains: req.body.text, mode: 'insensitive' } } });
  res.json(tickets.map((t) => t.id));
});

// a fallback of '' is a filter of its own: the value cannot be left out, so an operator in its place matters
app.post('/codes/redeem', async (req, res) => {
  const code = await prisma.code.findFirst({ where: { value: req.body.value || '' } }); // expect: validation/unvalidated-input
  res.json({ ok: Boolean(code) });
});

// safe: an optional filter; an operator in its place selects no row that leaving it out would not
app.post('/articles', async (req, res) => {
  const where = req.body.kind ? { kind: req.body.kind } : {};
  res.json(await prisma.article.findMany({ where, take: 20 }));
});

// safe: a unique field takes only a scalar
app.post('/members/lookup', async (req, res) => {
  const member = await memberByEmail(req.body.email);
  if (!member) return res.status(404).end();
  res.json({ id: member.id });
});

// safe: a path parameter is a string
app.get('/projects/:projectId/tasks', async (req, res) => {
  const tasks = await prisma.task.findMany({ where: { projectId: req.params.projectId } });
  res.json(tasks.map((t) => t.title));
});

// safe: converted to a string before it filters
app.post('/labels/search', async (req, res) => {
  const labels = await prisma.label.findMany({ where: { name: String(req.body.name) } });
  res.json(labels.map((l) => l.id));
});

app.listen(3000);
