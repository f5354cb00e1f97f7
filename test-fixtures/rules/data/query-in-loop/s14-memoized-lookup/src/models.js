const mongoose = require('mongoose');

const Maker = mongoose.model('Maker', new mongoose.Schema({ name: { type: String, unique: true } }));
const Item = mongoose.model('Item', new mongoose.Schema({ title: String, maker: mongoose.Schema.Types.ObjectId }));

module.exports = { Maker, Item };
