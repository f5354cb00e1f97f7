import express from 'express';
import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';
import { MeiliSearch } from 'meilisearch';

const app = express();
const NAMES = ['ada', 'grace', 'linus'];
const client = new MeiliSearch({ host: 'http://localhost:7700' });
const index = client.index('movies');

function escapeRegex(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

app.get('/a', (req, res) => {
  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/b', (req, res) => {
  res.json(NAMES.filter((n) => new RegExp('^' + _.escapeRegExp(String(req.query.q))).test(n)));
});

app.get('/c', (req, res) => {
  res.json(NAMES.filter((n) => new RegExp(escapeRegex(String(req.query.q)), 'i').test(n)));
});

app.get('/d', (req, res) => {
  const q = String(req.query.q).replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
  res.json(NAMES.filter((n) => n.match(q)));
});

// a search service's query, a literal replace and split, a checked format, a number
app.get('/e', async (req, res) => {
  const hits = await index.search(String(req.query.q));
  const cleaned = String(req.query.text).replace(String(req.query.word), '').split(String(req.query.sep));
  res.json({ hits, cleaned });
});

app.get('/f', (req, res) => {
  const q = String(req.query.q);
  if (!/^[a-z]+$/.test(q)) return res.status(400).end();
  res.json(NAMES.filter((n) => new RegExp(q).test(n)));
});

app.get('/g', (req, res) => {
  res.json({ re: new RegExp(`\\d{${Number(req.query.n)}}`).source });
});

// every character but letters, digits and spaces removed
app.get('/h', (req, res) => {
  const term = String(req.query.q).replace(/[^a-zA-Z0-9 ]/g, '');
  res.json(NAMES.filter((n) => new RegExp(term, 'i').test(n)));
});

app.listen(3000);
