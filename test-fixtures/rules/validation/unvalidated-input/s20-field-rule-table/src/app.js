const express = require('express');
const { validateFields } = require('./validation');
const db = require('./db');

const app = express();
app.use(express.json());

app.post('/contacts', validateFields({ email: 'email', name: 'name' }), async (req, res) => {
  const { email, name } = req.body;
  res.json(await db.insert('contacts', { email, name }));
});

// note is not among the listed fields
app.post('/gifts', validateFields({ amount: 'amount' }), async (req, res) => {
  const { amount, note } = req.body; // expect: validation/unvalidated-input
  res.json(await db.insert('gifts', { amount, note }));
});

app.listen(3000);
