const express = require('express');
const { Crew, Vendor } = require('./models');

const app = express();
app.use(express.json());

function firmOf(req) {
  return Number(req.headers['x-firm']);
}

// the owner column is set by the handler after the body's keys
app.post('/crews', async (req, res) => {
  const crew = await Crew.create({ ...req.body, firmId: firmOf(req) });
  res.status(201).json(crew);
});

// the owner column is taken out of what is written
app.put('/crews/:id', async (req, res) => {
  const { firm, firmId, ...changes } = req.body;
  const crew = await Crew.findOne({ where: { id: Number(req.params.id), firmId: firmOf(req) } });
  if (!crew) return res.sendStatus(404);
  await crew.update(changes);
  res.json(crew);
});

// only the password is taken out: the rest of the body still sets any column, the owner too
app.put('/vendors/:id', async (req, res) => {
  const { password, ...rest } = req.body;
  const vendor = await Vendor.findByPk(Number(req.params.id));
  if (!vendor) return res.sendStatus(404);
  await vendor.update(rest); // expect: injection/mass-assignment
  res.json(vendor);
});

// a timestamp set after the body keeps every other column open
app.post('/vendors', async (req, res) => {
  res.status(201).json(await Vendor.create({ ...req.body, createdAt: new Date() })); // expect: injection/mass-assignment
});

app.listen(3000);
