const express = require('express');
const { merge, clone, setPath } = require('./objects');

const app = express();
app.use(express.json());
const defaults = { theme: 'light', notifications: { email: true } };

app.post('/profile', (req, res) => {
  const profile = merge({ ...defaults }, req.body); // expect: injection/prototype-pollution
  res.json(profile);
});

app.post('/copy', (req, res) => {
  res.json(clone(req.body.profile));
});

app.patch('/profile', (req, res) => {
  const doc = {};
  setPath(doc, req.body.path, req.body.value); // expect: injection/prototype-pollution
  setPath(doc, 'meta.updatedBy', req.body.user);
  res.json(doc);
});

app.listen(3000);
