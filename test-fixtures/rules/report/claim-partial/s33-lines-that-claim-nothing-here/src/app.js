const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const axios = require('axios');
const { z } = require('zod');

const app = express();
app.use(express.json());

// the upstream music service limits us; we only read its remaining quota (answered before the headers and the limiter)
app.get('/tracks/:id', async (req, res) => {
  const answer = await axios.get(`https://music.example.com/v1/tracks/${encodeURIComponent(req.params.id)}`);
  res.json({ track: answer.data, remaining: answer.headers['x-ratelimit-remaining'] });
});

app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => res.setHeader('X-Response-Time', `${Date.now() - started}ms`));
  next();
});

const Rename = z.object({ name: z.string().min(1).max(80) });

app.patch('/playlists/:id', (req, res) => {
  const { name } = Rename.parse(req.body);
  res.json({ id: req.params.id, name });
});

app.post('/playlists', (req, res) => {
  res.status(201).json({ name: req.body.name, tracks: req.body.tracks });
});

app.get('/login/callback', (req, res) => res.redirect('https://tracklist.example.com/home'));

app.listen(3000);
