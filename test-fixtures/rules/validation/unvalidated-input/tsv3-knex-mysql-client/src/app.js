const express = require('express');
const queries = require('./queries');

const app = express();

app.get('/domains/confirm-delete', async (req, res) => {
  const domain = await queries.findDomain({ uuid: req.query.id, user_id: req.user.id });
  if (!domain) return res.status(404).send('no such domain');
  res.render('confirm-delete', { address: domain.address });
});

app.get('/domains/search', async (req, res) => {
  const rows = await queries.searchDomains(req.query.q); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3000);
