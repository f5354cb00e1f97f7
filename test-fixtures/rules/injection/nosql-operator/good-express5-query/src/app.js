const express = require('express');
const mongoose = require('mongoose');

// Express 5 parses query strings with the simple parser: values are strings (or arrays of strings)
const Item = mongoose.model('Item', new mongoose.Schema({ name: String, color: String }));
const app = express();

app.get('/items', async (req, res) => {
  res.json(await Item.find({ name: req.query.name, color: req.query.color }));
});

app.get('/items/:name', async (req, res) => {
  res.json(await Item.findOne({ name: req.params.name }));
});

app.listen(3000);
