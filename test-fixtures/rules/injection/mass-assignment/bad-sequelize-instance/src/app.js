const express = require('express');
const { Account } = require('./models');
const db = require('./db');

const app = express();
app.use(express.json());

app.post('/accounts', async (req, res) => {
  res.status(201).json(await Account.create(req.body)); // expect: injection/mass-assignment
});

app.put('/accounts/:id', async (req, res) => {
  const account = await Account.findByPk(req.params.id);
  await account.update(req.body); // expect: injection/mass-assignment
  res.json(account);
});

app.patch('/invoices/:id', async (req, res) => {
  await db('invoices').where('id', String(req.params.id)).update({ ...req.body, updated_at: new Date() }); // expect: injection/mass-assignment
  res.sendStatus(204);
});

// named columns only
app.post('/invoices', async (req, res) => {
  await db('invoices').insert({ account_id: Number(req.body.accountId), amount: Number(req.body.amount) });
  res.sendStatus(201);
});

app.listen(3000);
