const express = require('express');
const { Account } = require('./models');

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

app.listen(3000);
