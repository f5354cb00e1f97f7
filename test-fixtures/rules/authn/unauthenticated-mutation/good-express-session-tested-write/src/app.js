const express = require('express');
const session = require('express-session');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ text: String, author: String }));
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function signedIn(req, res, next) {
  if (!req.session.userId) return res.status(401).end();
  next();
}

// the handler tests the session itself: an anonymous caller writes nothing
app.post('/notes', async (req, res) => {
  if (req.session && req.session.userId) {
    const note = await new Note({ text: String(req.body.text), author: req.session.userId }).save();
    return res.status(201).json(note);
  }
  res.status(204).end();
});

app.put('/notes/:id', async (req, res) => {
  if (req.isAuthenticated()) {
    await Note.updateOne({ _id: req.params.id }, { text: String(req.body.text) });
  }
  res.status(204).end();
});

app.delete('/notes/:id', signedIn, async (req, res) => {
  await Note.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

app.listen(3000);
