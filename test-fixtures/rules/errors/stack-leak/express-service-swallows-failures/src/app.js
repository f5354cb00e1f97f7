import express from 'express';
import mongoose from 'mongoose';
import weatherService from './weather.service.js';

const Place = mongoose.model('Place', new mongoose.Schema({ name: String }));
const app = express();

app.get('/weather', async (req, res) => {
  try {
    const lat = req.query.lat ? parseFloat(req.query.lat) : 21.03;
    const lon = req.query.lon ? parseFloat(req.query.lon) : 105.85;
    const data = await weatherService.getForecast(lat, lon);
    if (!data) return res.status(503).json({ message: 'Weather service unavailable' });
    res.json(data);
  } catch (error) {
    res.status(500).json({ message: error.message });
  }
});

app.get('/places', async (req, res) => {
  try {
    res.json(await Place.find().limit(50));
  } catch (error) {
    res.status(500).json({ message: error.message }); // expect: errors/stack-leak
  }
});

app.listen(3000);
