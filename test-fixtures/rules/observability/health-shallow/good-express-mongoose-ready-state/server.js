const express = require('express');
const mongoose = require('mongoose');

const app = express();
app.use(express.json());

const Booking = mongoose.model('Booking', new mongoose.Schema({ room: String, day: Date }));

app.get('/bookings', async (req, res) => {
  res.json(await Booking.find().sort({ day: 1 }).limit(100));
});

// the connection's state decides what the probe says about the database
app.get('/health', (req, res) => {
  const up = mongoose.connection.readyState === 1;
  res.status(up ? 200 : 503).json({
    status: up ? 'ok' : 'degraded',
    database: mongoose.connection.readyState === 1 ? 'connected' : 'disconnected',
    uptime: process.uptime(),
  });
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(process.env.PORT || 3000));
