import express from 'express';
import crypto from 'crypto';
import mongoose from 'mongoose';

const Meeting = mongoose.model('Meeting', new mongoose.Schema({ ref: String, starts: String }));
const router = express.Router();

// the scheduler signs "t.<body>" with our shared key; a mismatch is refused before anything is read
router.post('/scheduler/hook', express.json(), async (req, res) => {
  const header = req.headers['x-scheduler-signature'];
  if (!header) return res.status(401).json({ error: 'unsigned' });
  const fields = {};
  header.split(',').forEach((kv) => {
    const [k, v] = kv.split('=');
    fields[k] = v;
  });
  const expected = crypto.createHmac('sha256', process.env.SCHEDULER_KEY).update(`${fields.t}.${JSON.stringify(req.body)}`).digest('hex');
  if (expected !== fields.v1) {
    return res.status(401).json({ error: 'bad signature' });
  }
  const meeting = req.body.meeting;
  await Meeting.create({ ref: meeting.ref, starts: meeting.starts });
  res.json({ ok: true });
});

// the signature is computed and only logged: nothing is refused
router.post('/calendar/hook', express.json(), async (req, res) => {
  const sent = req.headers['x-calendar-signature'];
  const expected = crypto.createHmac('sha256', process.env.CALENDAR_KEY).update(JSON.stringify(req.body)).digest('hex'); // expect: validation/unvalidated-input
  if (expected !== sent) console.warn('calendar hook signature mismatch');
  await Meeting.create({ ref: req.body.ref, starts: req.body.starts });
  res.json({ ok: true });
});

// computed, never compared
router.post('/board/hook', express.json(), async (req, res) => {
  const digest = crypto.createHmac('sha256', process.env.BOARD_KEY).update(JSON.stringify(req.body)).digest('hex'); // expect: validation/unvalidated-input
  await Meeting.create({ ref: req.body.ref, starts: digest });
  res.json({ ok: true });
});

export default router;
