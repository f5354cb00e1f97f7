const express = require('express');
const mongoose = require('mongoose');

const Enrollment = mongoose.model('Enrollment', new mongoose.Schema({ phone: String, eventId: String }));
const MessageLog = mongoose.model('MessageLog', new mongoose.Schema({ phone: String, kind: String }));
const app = express();
app.use(express.json());

async function notify(phone) {
  await fetch('https://messages.example.com/send', { method: 'POST', body: JSON.stringify({ phone }) });
  await MessageLog.create({ phone, kind: 'ticket' });
}

// the tickets go out after the answer: the handler starts the task and does not wait for it
app.post('/api/cash/redeem', async (req, res) => {
  const enrollments = await Enrollment.find({ eventId: String(req.body.eventId) }).limit(50);
  const sendTickets = async () => {
    for (const e of enrollments) {
      await notify(e.phone);
    }
  };
  sendTickets().catch((err) => console.error(`ticket sending failed: ${err.message}`));
  res.status(202).json({ queued: enrollments.length });
});

// the same sends awaited: one log insert per enrollment before the answer
app.post('/api/cash/redeem-now', async (req, res) => {
  const enrollments = await Enrollment.find({ eventId: String(req.body.eventId) }).limit(50);
  for (const e of enrollments) {
    await MessageLog.create({ phone: e.phone, kind: 'ticket' }); // expect: data/query-in-loop
  }
  res.status(201).json({ sent: enrollments.length });
});

app.listen(3000);
