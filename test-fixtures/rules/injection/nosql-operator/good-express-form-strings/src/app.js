const express = require('express');
const mongoose = require('mongoose');

// HTML forms only, parsed with the querystring module: every body value is a string (or an array of strings)
const Entry = mongoose.model('Entry', new mongoose.Schema({ author: String, text: String }));
const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));

app.post('/entries/mine', async (req, res) => {
  res.render('entries', { entries: await Entry.find({ author: req.body.author }) });
});

app.listen(3000);
