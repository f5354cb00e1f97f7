const mongoose = require('mongoose');

module.exports = mongoose.model('Part', new mongoose.Schema({ sku: String, name: String }));
