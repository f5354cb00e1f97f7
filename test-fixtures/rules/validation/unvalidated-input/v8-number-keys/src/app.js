import express from 'express';
import { prisma, pool } from './db.js';
import { timers } from './timers.js';
import { Task } from './tasks.js';
import { noteActivity } from './activity.js';
import { monthlyUsage, usageByLabel } from './quota.js';

const app = express();
app.use(express.json());

// a numeric id: only the key of the in-process timer maps and of a delete
app.delete('/tasks/:id', async (req, res) => {
  timers.stop(Number(req.params.id));
  const ok = await Task.remove(Number(req.params.id));
  res.json({ ok });
});

// the raw text as the key of the timer map (a private field the walk does not follow): a path parameter whose way is
// lost in a call backcheck cannot classify is not judged
app.delete('/raw-tasks/:taskId', async (req, res) => {
  timers.stop(req.params.taskId);
  res.json({ ok: true });
});

// a numeric member id: a deleteMany key, and a number in the activity record's JSON details
app.delete('/boards/:boardId/members/:memberId', async (req, res) => {
  const boardId = Number(req.params.boardId);
  const memberId = Number(req.params.memberId);
  await prisma.boardMember.deleteMany({ where: { boardId, memberId } });
  noteActivity({ actorId: req.user.id, action: 'member.removed', details: { memberId } });
  res.json({ removed: true });
});

// the member id as the client sent it, kept in the activity record's JSON details
app.post('/boards/:boardId/members/:memberRef/flag', async (req, res) => {
  const boardId = Number(req.params.boardId);
  await prisma.boardMember.updateMany({ where: { boardId }, data: { flagged: true } });
  noteActivity({ actorId: req.user.id, action: 'member.flagged', details: { member: req.params.memberRef } }); // expect: validation/unvalidated-input
  res.json({ flagged: true });
});

// a parsed board id bound in SQL, printed in info and error log lines
app.get('/boards/:boardId/usage', async (req, res) => {
  const boardId = parseInt(req.params.boardId, 10);
  const r = await pool.query('SELECT id, owner_id FROM boards WHERE id = $1', [boardId]);
  if (r.rows.length === 0) return res.status(404).json({ error: 'not found' });
  res.json({ used: await monthlyUsage(boardId) });
});

// the label spliced into SQL text
app.get('/boards/:boardId/usage/:label', async (req, res) => {
  const boardId = parseInt(req.params.boardId, 10);
  res.json({ used: await usageByLabel(boardId, req.params.label) }); // expect: validation/unvalidated-input
});

app.listen(3000);
