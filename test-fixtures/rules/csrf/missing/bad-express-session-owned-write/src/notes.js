const express = require('express');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }));
const router = express.Router();

// the owner comes from the session user: without a session the dereference throws before the save
router.post('/:id/text', async (req, res) => {
  await Note.updateOne({ _id: req.params.id, owner: req.session.user.id }, { text: req.body.text });
  res.redirect('/notes');
});

module.exports = router;
