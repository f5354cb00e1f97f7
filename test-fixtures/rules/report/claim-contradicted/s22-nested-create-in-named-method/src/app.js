const express = require('express');
const { createUser, updateUser } = require('./services/users.service');

const app = express();
app.use(express.json());

app.post('/users', async (req, res) => {
  res.status(201).json(await createUser({ email: String(req.body.email), name: String(req.body.name), role: String(req.body.role) }, 'system'));
});

app.patch('/users/:id', async (req, res) => {
  res.json(await updateUser(req.params.id, { name: String(req.body.name), roleId: String(req.body.roleId) }));
});

app.listen(3000);
