const express = require('express');
const mongoose = require('mongoose');
const upload = require('./upload');
const notes = require('./notes');

const Document = mongoose.model('Document', new mongoose.Schema({
  title: { type: String, required: true, maxlength: 200 },
  file: { type: String, required: true },
}));

const app = express();
app.use(express.json());

app.post('/documents', upload.single('file'), async (req, res) => {
  const note = String(req.body.note || '').slice(0, 500);
  const doc = await Document.create({ title: req.body.title, file: req.file.path });
  await notes.add(doc.id, note);
  res.status(201).json({ id: doc.id });
});

app.get('/documents', async (req, res) => {
  const docs = await Document.find({ title: req.query.title }).limit(50);
  res.json(docs);
});

app.listen(3000);
