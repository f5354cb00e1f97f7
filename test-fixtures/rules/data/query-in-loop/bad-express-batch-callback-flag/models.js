const mongoose = require('mongoose');
const Owner = mongoose.model('Owner', new mongoose.Schema({ name: String }));
module.exports = { Owner };
