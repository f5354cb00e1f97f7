const express = require('express');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ text: String }));
const app = express();
app.use(express.json());

// a connectivity probe: the body is printed and sent back to whoever sent it, nothing keeps it
app.post('/api/probe', (req, res) => {
  console.log('probe body:', req.body);
  res.json({ ok: true, received: req.body });
});

// printed, then stored as sent
app.post('/api/notes', async (req, res) => {
  console.log('note body:', req.body);
  const note = await Note.create(req.body); // expect: validation/unvalidated-input
  res.status(201).json({ received: req.body, id: note.id });
});

app.listen(3000);
