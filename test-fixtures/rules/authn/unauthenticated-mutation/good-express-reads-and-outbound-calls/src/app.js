const express = require('express');
const jwt = require('jsonwebtoken');
const axios = require('axios');
const OpenAI = require('openai');
const Part = require('./part');

const app = express();
app.use(express.json());
const ai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

function mustSignIn(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

// POST used as a query: a lookup by a body field, nothing stored
app.post('/parts/lookup', async (req, res) => {
  const part = await Part.findOne({ sku: String(req.body.sku) });
  res.json({ found: Boolean(part), name: part ? part.name : null });
});

// proxies to outside services: a geocoder and a language model; nothing stored here
app.post('/geo/reverse', async (req, res) => {
  const r = await axios.get('https://geo.example.com/reverse', { params: { lat: req.body.lat, lon: req.body.lon } });
  res.json(r.data);
});

app.post('/assistant/ask', async (req, res) => {
  const out = await ai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: String(req.body.question) }] });
  res.json({ answer: out.choices[0].message.content });
});

app.delete('/parts/:id', mustSignIn, async (req, res) => {
  await Part.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

app.listen(3000);
