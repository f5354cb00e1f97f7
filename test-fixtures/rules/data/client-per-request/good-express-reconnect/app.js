const express = require('express');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ text: String }));
const app = express();
app.use(express.json());

mongoose.connect(process.env.MONGO_URL);

app.post('/notes', async (req, res) => {
  // the shared connection is reopened only when it dropped
  if (mongoose.connection.readyState === 0) {
    await mongoose.connect(process.env.MONGO_URL);
  }
  res.json(await Note.create({ text: String(req.body.text) }));
});

app.listen(5102);
