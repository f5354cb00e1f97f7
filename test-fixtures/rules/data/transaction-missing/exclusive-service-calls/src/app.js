const express = require('express');
const accounts = require('./accounts');
const counters = require('./counters');

const app = express();
app.use(express.json());

app.post('/sign-in', async (req, res) => {
  const user = await accounts.signIn(req.body, process.env.SMS_LOGIN === 'on');
  res.json({ id: user && user.id });
});

app.put('/users/:id/name', async (req, res) => {
  await accounts.rename(Number(req.params.id), String(req.body.name));
  res.json({ ok: true });
});

app.post('/queues/:q/tickets', async (req, res) => {
  res.status(201).json(await counters.nextTicket(Number(req.params.q)));
});

app.post('/queues', async (req, res) => {
  res.status(201).json(await counters.openQueue(String(req.body.name)));
});

app.listen(3000);
