const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { requireAuth, authenticate } = require('./auth');

const db = new PrismaClient();
const app = express();
app.use(express.json());

const openPrefixes = ['/status', '/kiosk'];
const openExact = new Set(['/slots/release']);
function isOpen(path) {
  return openExact.has(path) || path.startsWith('/public');
}

// the front desk API is behind requireAuth, but for the prefixes listed above
const api = express.Router();
api.use((req, res, next) => (openPrefixes.some((p) => req.path.startsWith(p)) ? next() : requireAuth(req, res, next)));
// the scheduling API too, but for the paths isOpen accepts
const slots = express.Router();
slots.use((req, res, next) => {
  if (isOpen(req.path)) return next();
  return requireAuth(req, res, next);
});

api.post('/kiosk/checkin', async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.visit.update({ where: { id: String(req.body.visitId) }, data: { arrived: true } });
  res.json({ ok: true });
});

slots.post('/slots/release', async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.slot.updateMany({ where: { heldUntil: { lt: new Date() } }, data: { heldBy: null } });
  res.json({ ok: true });
});

slots.delete('/public/drafts/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.draft.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

// not listed: both middlewares verify the token
api.post('/visits', async (req, res) => {
  const visit = await db.visit.create({ data: { patientId: req.user.sub, at: new Date(String(req.body.at)) } });
  res.status(201).json(visit);
});

slots.delete('/slots/:id', async (req, res) => {
  await db.slot.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

app.use('/api', api);
app.use('/v1', slots);

// made optional: a stranger gets through
app.delete('/notes/:id', authenticate({ required: false }), async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.note.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

// made required: authenticates
app.put('/notes/:id', authenticate({ required: true }), async (req, res) => {
  await db.note.update({ where: { id: req.params.id }, data: { text: String(req.body.text) } });
  res.json({ ok: true });
});

// the default: required
app.post('/notes', authenticate(), async (req, res) => {
  const note = await db.note.create({ data: { text: String(req.body.text), authorId: req.user.sub } });
  res.status(201).json(note);
});

app.listen(3000);
