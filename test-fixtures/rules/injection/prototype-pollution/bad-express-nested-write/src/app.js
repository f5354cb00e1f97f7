const express = require('express');
const { saveSetting } = require('./store');

const app = express();
app.use(express.json());

const users = {};
const appConfig = { theme: 'light', locale: 'en' };

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  saveSetting(section, key, value);
  res.sendStatus(204);
});

app.put('/users/:id/name', (req, res) => {
  if (!users[req.params.id]) users[req.params.id] = {};
  users[req.params.id].name = req.body.name; // expect: injection/prototype-pollution
  res.sendStatus(204);
});

app.patch('/config', (req, res) => {
  Object.assign(appConfig, req.body); // expect: injection/prototype-pollution
  res.json(appConfig);
});

app.listen(3000);
