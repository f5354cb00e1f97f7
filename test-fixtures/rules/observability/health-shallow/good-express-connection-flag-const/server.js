const express = require('express');
const mongoose = require('mongoose');

const app = express();

const Room = mongoose.model('Room', new mongoose.Schema({ name: String }));

app.get('/rooms', async (req, res) => {
  res.json(await Room.find().limit(50));
});

// the connection state is read once into a constant, and the answer is chosen on it
app.get('/health', (req, res) => {
  const databaseUp = mongoose.connection.readyState === 1;
  res.status(databaseUp ? 200 : 503).json({ status: databaseUp ? 'ok' : 'degraded', time: new Date().toISOString() });
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(process.env.PORT || 3000));
