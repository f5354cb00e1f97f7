const express = require('express');
const axios = require('axios');
const { Notebook } = require('./models/notebook');

const searchApi = axios.create({ baseURL: process.env.SEARCH_URL });
const app = express();

// the slug must name a stored notebook before the search index is told to drop it
app.delete('/notebooks/:slug/index', async (req, res) => {
  const { slug } = req.params;
  const notebook = await Notebook.get({ slug: String(slug) });
  if (!notebook) return res.status(400).json({ error: 'unknown notebook' });
  await searchApi.delete(`/indexes/${slug}`);
  res.sendStatus(204);
});

// either lookup, chosen by who asks, must find the notebook first
app.delete('/notebooks/:slug/preview', async (req, res) => {
  const { slug } = req.params;
  const notebook = req.member ? await Notebook.getShared(req.member, { slug }) : await Notebook.get({ slug });
  if (!notebook) return res.status(400).json({ error: 'unknown notebook' });
  await searchApi.delete(`/previews/${slug}`);
  res.sendStatus(204);
});

// no lookup first: any text reaches the index URL
app.delete('/notebooks/:slug/cache', async (req, res) => {
  const { slug } = req.params; // expect: validation/unvalidated-input
  await searchApi.delete(`/caches/${slug}`);
  res.sendStatus(204);
});

// an HTTP client's get is no lookup of a stored record, whatever it answers
app.delete('/notebooks/:slug/mirror', async (req, res) => {
  const { slug } = req.params; // expect: validation/unvalidated-input
  const mirror = await searchApi.get({ slug });
  if (!mirror) return res.sendStatus(404);
  await searchApi.delete(`/mirrors/${slug}`);
  res.sendStatus(204);
});

app.listen(3000);
