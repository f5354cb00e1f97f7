const express = require('express');
const { Booking } = require('./models');

const app = express();
app.use(express.json());

// The number is parsed before the lookup: an object sent as seq becomes NaN and matches nothing.
app.post('/bookings/close', async (req, res) => {
  const { seq } = req.body;
  const booking = await Booking.findOne({ seq: parseInt(seq, 10) });
  if (!booking) return res.status(404).json({ error: 'not found' });
  booking.status = 'closed';
  await booking.save();
  res.json({ ok: true });
});

// The reference is turned into text before the lookup.
app.post('/bookings/lookup', async (req, res) => {
  const booking = await Booking.findOne({ ref: String(req.body.ref) });
  res.json(booking);
});

// As sent: { "$ne": null } in place of the reference matches the first booking.
app.post('/bookings/cancel', async (req, res) => {
  const booking = await Booking.findOne({ ref: req.body.ref }); // expect: validation/unvalidated-input[warning]
  if (!booking) return res.status(404).json({ error: 'not found' });
  booking.status = 'cancelled';
  await booking.save();
  res.json({ ok: true });
});

app.listen(3000);
