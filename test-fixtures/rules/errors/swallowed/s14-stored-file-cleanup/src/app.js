const express = require('express');
const mongoose = require('mongoose');
const { deleteImage, saveReceipt } = require('./storage');

const Banner = mongoose.model('Banner', new mongoose.Schema({ image: String }));
const app = express();
app.use(express.json({ limit: '100kb' }));

app.delete('/banners/:id', async (req, res) => {
  const banner = await Banner.findById(req.params.id);
  if (!banner) return res.status(404).json({ error: 'not found' });
  if (banner.image) {
    try {
      await deleteImage(banner.image);
    } catch {}
  }
  await banner.deleteOne();
  res.status(204).end();
});

app.post('/orders', async (req, res) => {
  const order = { id: Date.now(), total: Number(req.body.total) || 0 };
  try {
    await saveReceipt(order);
  } catch {} // expect: errors/swallowed
  res.status(201).json(order);
});

app.listen(3000);
