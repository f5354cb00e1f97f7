import express from 'express';

const app = express();
app.use(express.json());
const bills = new Map<number, { state: string; owner: string }>();

app.get('/bills/:id/pdf', (req, res) => {
  const id = Number(req.params.id);
  if (!Number.isInteger(id) || id <= 0) return res.status(400).end();
  const bill = bills.get(id);
  if (!bill) return res.status(404).end();
  if (bill.state !== 'APPROVED') return res.status(403).end();
  const safe = bill.owner.replace(/[^a-zA-Z0-9._-]/g, '_');
  res.setHeader('Content-Disposition', `attachment; filename="${safe}.pdf"`);
  res.end();
});

app.post('/bills', (req, res) => {
  bills.set(bills.size + 1, { state: req.body.state, owner: req.body.owner });
  res.status(201).end();
});

app.listen(3000);
