const express = require('express');
const { transfers } = require('./db');

const app = express();
app.use(express.json());

// the query value only looks a row up; the handler then marks the row it found with fixed values
app.get('/transfers/status', async (req, res) => {
  const { reference } = req.query;
  if (!reference) return res.status(400).json({ error: 'reference required' });
  const transfer = await transfers.byReference(reference);
  if (!transfer) return res.status(404).json({ error: 'not found' });
  if (transfer.settled_at) {
    transfer.status = 'settled';
  }
  res.json(transfer);
});

// here the assignment carries the value itself onto the answer: reported
app.get('/transfers/echo', async (req, res) => {
  const { note } = req.query; // expect: validation/unvalidated-input
  const transfer = await transfers.byReference('latest');
  transfer.note = note;
  res.json(transfer);
});

app.listen(3000);
