const express = require('express');
const Plan = require('./models/Plan');

const app = express();
app.use(express.json());

const SEATS = new Map([
  ['starter', 3],
  ['team', 25],
  ['business', 250],
]);

// a tier the Map does not hold is refused: an object sent as the tier never equals a key (Map keys by identity)
app.post('/plans/by-tier', async (req, res) => {
  const { tier } = req.body;
  const seats = SEATS.get(tier);
  if (!seats) return res.status(400).json({ error: 'unknown tier' });
  res.json({ plans: await Plan.find({ tier }), seats });
});

// the helper throws on a tier that is not one of the keys, before the value reaches the filter
function seatsFor(tier) {
  const seats = SEATS.get(tier);
  if (seats === undefined) throw new Error(`unknown tier ${tier}`);
  return seats;
}

app.post('/plans/count', async (req, res) => {
  const seats = seatsFor(req.body.tier);
  res.json({ count: await Plan.countDocuments({ tier: req.body.tier }), seats });
});

// a miss that falls back to a default lets any value through to the filter
app.post('/plans/resize', async (req, res) => {
  const seats = SEATS.get(req.body.tier) || 1;
  await Plan.updateMany({ tier: req.body.tier }, { seats }); // expect: injection/nosql-operator[error]
  res.json({ seats });
});

app.listen(3000);
