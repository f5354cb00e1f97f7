import express from 'express';

const app = express();
app.use(express.json());

const sections = new Map<string, Map<string, unknown>>();
const cache: Record<string, Record<string, unknown>> = Object.create(null);
const store: Record<string, Record<string, unknown>> = {};
const counters: Record<string, number> = {};
const ALLOWED = ['ui', 'mail'];

// a Map cannot reach Object.prototype
app.post('/a', (req, res) => {
  const { section, key, value } = req.body;
  if (!sections.has(section)) sections.set(section, new Map());
  sections.get(section)!.set(String(key), value);
  res.sendStatus(204);
});

// a null-prototype store
app.post('/b', (req, res) => {
  const { section, key, value } = req.body;
  cache[section] = cache[section] || Object.create(null);
  cache[section][key] = value;
  res.sendStatus(204);
});

// the prototype keys are rejected first
app.post('/c', (req, res) => {
  const { section, key, value } = req.body;
  if (section === '__proto__' || section === 'constructor' || section === 'prototype') return res.status(400).end();
  store[section] = store[section] || {};
  store[section][key] = value;
  res.sendStatus(204);
});

// an allow-list of sections
app.post('/d', (req, res) => {
  const { section, key, value } = req.body;
  if (!ALLOWED.includes(section)) return res.status(400).end();
  store[section][key] = value;
  res.sendStatus(204);
});

// own keys only
app.post('/e', (req, res) => {
  const { section, key, value } = req.body;
  if (Object.prototype.hasOwnProperty.call(store, section)) {
    store[section][key] = value;
  }
  res.sendStatus(204);
});

// a loop that skips the prototype keys
app.post('/f', (req, res) => {
  for (const [section, values] of Object.entries(req.body.sections as Record<string, Record<string, unknown>>)) {
    if (section === '__proto__' || section === 'constructor') continue;
    store[section] = { ...values };
  }
  const path: string[] = req.body.path;
  for (const part of path) {
    if (['__proto__', 'constructor', 'prototype'].includes(part)) continue;
    store[part][req.body.key] = req.body.value;
  }
  res.sendStatus(204);
});

// one level only: obj[key] = value changes that object, not Object.prototype
app.post('/g', (req, res) => {
  counters[req.body.name] = (counters[req.body.name] ?? 0) + 1;
  const copy: Record<string, unknown> = {};
  copy[req.body.key] = req.body.value;
  res.json(copy);
});

// Object.assign into a fresh object
app.post('/h', (req, res) => {
  res.json(Object.assign({}, { theme: 'light' }, req.body));
});

app.listen(3000);
