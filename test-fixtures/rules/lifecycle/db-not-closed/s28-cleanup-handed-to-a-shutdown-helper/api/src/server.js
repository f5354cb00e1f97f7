const express = require('express');
const mongoose = require('mongoose');
const { connectCache, cached, closeCache } = require('./cache');
const { onShutdown } = require('./shutdown');

const app = express();

app.get('/profiles/:id', async (req, res, next) => {
  try {
    const hit = await cached(`profile:${req.params.id}`);
    if (hit) return res.json(JSON.parse(hit));
    const profile = await mongoose.connection.collection('profiles').findOne({ slug: req.params.id });
    profile ? res.json(profile) : res.status(404).json({ error: 'not found' });
  } catch (err) {
    next(err);
  }
});

async function start() {
  await mongoose.connect(process.env.MONGO_URL);
  await connectCache();
  const server = app.listen(process.env.PORT || 3000);
  onShutdown(server, async () => {
    await closeCache();
    await mongoose.disconnect();
  });
}

start();
