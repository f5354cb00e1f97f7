const express = require('express');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }));
const router = express.Router();

// the handler writes only when a user is signed in: anonymous callers change nothing, a signed-in browser does
router.post('/', async (req, res) => {
  if (req.session && req.session.user) {
    await Note.create({ owner: req.session.user.id, text: req.body.text });
    return res.redirect('/notes');
  }
  res.status(401).send('sign in first');
});

// the owner comes from the session user: without a session the dereference throws before the save
router.post('/:id/text', async (req, res) => {
  await Note.updateOne({ _id: req.params.id, owner: req.session.user.id }, { text: req.body.text });
  res.redirect('/notes');
});

module.exports = router;
