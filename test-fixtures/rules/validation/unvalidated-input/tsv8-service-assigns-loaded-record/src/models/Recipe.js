const mongoose = require('mongoose');
module.exports = mongoose.model('Recipe', new mongoose.Schema({ owner: String, name: String, steps: [String], hidden: Boolean }));
