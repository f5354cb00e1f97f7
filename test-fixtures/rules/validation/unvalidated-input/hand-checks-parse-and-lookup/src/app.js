import express from 'express';
import { Host, Venue } from './models.js';
import { assignHost } from './bookings.js';

const app = express();
app.use(express.json());

// the date is parsed, then the parse is tested: a bad value answers 400
app.patch('/venues/:id/opening', async (req, res) => {
  const { opensAt } = req.body;
  if (!opensAt) return res.status(400).json({ error: 'opensAt is required' });
  const when = new Date(opensAt);
  if (isNaN(when.getTime())) return res.status(400).json({ error: 'opensAt is not a date' });
  res.json(await Venue.findByIdAndUpdate(req.params.id, { opensAt: when }));
});

// a number parsed and tested for NaN and range before use
app.patch('/venues/:id/capacity', async (req, res) => {
  const capacity = Number(req.body.capacity);
  if (!Number.isFinite(capacity) || capacity > 10000) return res.status(400).end();
  res.json(await Venue.findByIdAndUpdate(req.params.id, { capacity }));
});

// an id that must name an existing record: the lookup answers 404 when it does not
app.post('/venues/:id/host', async (req, res) => {
  const host = await Host.findById(req.body.hostId);
  if (!host) return res.status(404).json({ error: 'unknown host' });
  res.json(await Venue.findByIdAndUpdate(req.params.id, { host: host._id }));
});

// the same lookup in a service the handler hands the id to
app.put('/venues/:id/host', async (req, res) => {
  res.json(await assignHost(req.params.id, req.body.hostId));
});

// presence only: a date never parsed may be anything
app.patch('/venues/:id/closing', async (req, res) => {
  const { closesAt } = req.body; // expect: validation/unvalidated-input[warning]
  if (!closesAt) return res.status(400).json({ error: 'closesAt is required' });
  res.json(await Venue.findByIdAndUpdate(req.params.id, { closesAt }));
});

// a lookup by a name is not an existence check of an id: the filter may be an operator object
app.post('/hosts/find', async (req, res) => {
  const host = await Host.findOne({ email: req.body.email }); // expect: validation/unvalidated-input[warning]
  if (!host) return res.status(404).end();
  res.json(host);
});

app.listen(3000);
