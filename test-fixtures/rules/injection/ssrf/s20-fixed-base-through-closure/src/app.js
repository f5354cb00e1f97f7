const express = require('express');
const { getNode, relay } = require('./upstream');

const app = express();

app.get('/nodes/:id', async (req, res) => {
  res.json(await getNode(req.params.id));
});

app.get('/relay', async (req, res) => {
  res.json(await relay(req.query.url));
});

app.listen(3000);
