const mongoose = require('mongoose');

const Item = mongoose.model('Item', new mongoose.Schema({
  title: String,
  state: { type: String, enum: ['draft', 'live', 'retired'] },
  shelf: String,
}));

module.exports = { Item };
